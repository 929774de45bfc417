// Issue 8: messages to the service worker are validated. Junk sent from an extension page (the
// only kind of sender besides our content script that can reach the worker) is dropped and
// logged; the worker keeps working and the next valid warning is still logged.
import { test, expect } from '@playwright/test';
import { EXTENSION_ID, launchWithExtension, readEvents, serviceWorker, type Launched } from './support/extension';

// A fresh Chromium per test; generous for a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

let browser: Launched;
test.afterEach(async () => browser?.close());

// A recent time: older events are pruned by the retention rule as soon as they are written.
const VALID_EVENT = { time: Date.now(), site: 'zalo', category: 'grooming', severity: 'high', rules: ['vi.grooming.test'], direction: 'in' };

test('malformed messages are dropped and logged, and the worker keeps logging valid warnings', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const worker = await serviceWorker(context);
  const workerLog: string[] = [];
  context.on('console', (message) => {
    if (message.worker() || message.page() === null) workerLog.push(message.text());
  });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  const replies = await page.evaluate(async (valid) => {
    const big = 'x'.repeat(2_000_000);
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 2000; i++) node = (node.next = {}) as Record<string, unknown>;
    const junk: unknown[] = [
      null,
      42,
      'warning-shown',
      [],
      {},
      { type: 'no-such-type' },
      { type: 'warning-shown' },
      { type: 'warning-shown', event: null },
      { type: 'warning-shown', event: { ...valid, site: 'evil.example' } },
      { type: 'warning-shown', event: { ...valid, category: 'everything' } },
      { type: 'warning-shown', event: { ...valid, time: -1 } },
      { type: 'warning-shown', event: { ...valid, time: 'now' } },
      { type: 'warning-shown', event: { ...valid, rules: Array.from({ length: 10_000 }, (_, i) => `r${i}`) } },
      { type: 'warning-shown', event: { ...valid, rules: [big] } },
      { type: 'warning-shown', event: { ...valid, direction: 'sideways' } },
      { type: 'warning-shown', event: { ...valid, rules: deep } },
      { type: 'evidence-save', evidence: { text: big } },
      { type: 'false-alarm', key: '', site: 'zalo', category: 'scam' },
      { type: 'warning-dismissed', key: big },
      JSON.parse('{"type":"warning-shown","__proto__":{"polluted":true},"event":null}'),
    ];
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    const out: string[] = [];
    for (const message of junk) {
      try {
        out.push(JSON.stringify((await chrome.runtime.sendMessage(message)) ?? null));
      } catch (error) {
        out.push(`error: ${(error as Error).message}`);
      }
    }
    return out;
  }, VALID_EVENT);

  // Every junk message got no answer (or a refusal); none was stored.
  for (const reply of replies) expect(reply).toMatch(/^(null|\{"ok":false\}|error: .*)$/);
  expect(await readEvents(context)).toEqual([]);
  await expect.poll(() => workerLog.filter((line) => line.includes('Dropped a malformed message')).length).toBeGreaterThanOrEqual(10);

  // The worker is alive and still validates and stores a proper warning, with exactly its fields.
  const reply = await page.evaluate(
    (valid) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'warning-shown', event: { ...valid, extra: 'ignored' } }),
    VALID_EVENT,
  );
  expect(reply).toMatchObject({ ok: true });
  const events = await readEvents(context);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject(VALID_EVENT);
  expect(Object.keys(events[0] ?? {})).not.toContain('extra');
  expect(await worker.evaluate(() => ({}.constructor.prototype as Record<string, unknown>).polluted)).toBeUndefined();
});

test('a web page cannot send messages to the extension at all', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  await context.route('https://chat.zalo.me/probe', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>probe</p>' }));
  const page = await context.newPage();
  await page.goto('https://chat.zalo.me/probe');
  const result = await page.evaluate((id) => {
    const chrome = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?(id: string, m: unknown): unknown } } }).chrome;
    if (!chrome?.runtime?.sendMessage) return 'no API';
    try {
      chrome.runtime.sendMessage(id, { type: 'warning-shown' });
      return 'sent';
    } catch {
      return 'refused';
    }
  }, EXTENSION_ID);
  expect(['no API', 'refused']).toContain(result);
  expect(await readEvents(context)).toEqual([]);
});
