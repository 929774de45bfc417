// Issue 14, "events once": a warning is logged once per message per conversation, whatever
// happens on the page afterwards — each setting changed with the chat open, a pause and resume,
// navigating a Facebook post ↔ Messages and back, the marks switched on and off.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension, openFixture, readEvents, serveFixture, serviceWorker, setTestMarks, type Launched } from './support/extension';

const ZALO = 'https://chat.zalo.me/';
const POST = 'https://www.facebook.com/truongthcs.demo/posts/pfbid02Xq7demoPost1';
const THREAD = 'https://www.facebook.com/messages/t/100012345678901/';

let browser: Launched;
test.afterEach(async () => browser?.close());
test.describe.configure({ timeout: 120_000 });

/** Merge `patch` into the stored settings, from the service worker (as the options page does). */
async function changeSettings(context: BrowserContext, patch: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (patch) => {
    const local = (globalThis as any).chrome.storage.local;
    const { settings } = await local.get('settings');
    await local.set({ settings: { version: 1, ...(settings ?? {}), ...patch } });
  }, patch);
}

/** The number of logged events once it has stopped changing for a second. */
async function settledEventCount(context: BrowserContext): Promise<number> {
  let last = -1;
  for (;;) {
    const now = (await readEvents(context)).length;
    if (now === last) return now;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Until every message is judged again and every risky one has its card (or was counted into one). */
async function settled(page: Page): Promise<void> {
  const bubbles = await page.locator('[data-component="bubble-message"]').count();
  await expect(page.locator('[data-not-alone]')).toHaveCount(bubbles, { timeout: 20_000 });
  await expect(page.locator('not-alone-warning').first()).toBeAttached({ timeout: 20_000 });
  await page.waitForTimeout(500);
}

test('changing each setting, pausing and resuming with a chat open logs no warning twice', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const page = await openFixture(context, ZALO, 'zalo.html');
  await settled(page);
  const risky = await page.locator('[data-not-alone="risk"]').count();
  expect(risky).toBeGreaterThan(1);
  const logged = await settledEventCount(context);
  expect(logged).toBe(risky);

  // Settings that change the card but not what is flagged, then a pause and a resume.
  const changes: Array<Record<string, unknown>> = [
    { language: 'fr' },
    { helpRegion: 'VN' },
    { retentionDays: 30 },
    { mode: 'teen' },
    { disabledSites: ['discord'] },
    { customPhrases: [{ text: 'zzq unusual words', category: 'scam' }] },
    { allowPhrases: ['qqz never seen'] },
    { pausedUntil: Date.now() + 60 * 60 * 1000 },
    { pausedUntil: 0 },
    { sensitivity: 'strict' },
    { sensitivity: 'balanced' },
  ];
  // Every message flagged at some point: each must be logged exactly once.
  const flaggedEver = new Set(await page.locator('[data-not-alone="risk"]').evaluateAll((els) => els.map((el) => el.id)));
  for (const patch of changes) {
    await changeSettings(context, patch);
    if ('pausedUntil' in patch && (patch.pausedUntil as number) > 0) {
      await expect(page.locator('not-alone-warning')).toHaveCount(0);
      await expect(page.locator('[data-not-alone]')).toHaveCount(0);
      continue;
    }
    await settled(page);
    for (const id of await page.locator('[data-not-alone="risk"]').evaluateAll((els) => els.map((el) => el.id))) flaggedEver.add(id);
  }
  await setTestMarks(context, false);
  await setTestMarks(context, true);
  await expect(page.locator('[data-not-alone]').first()).toBeAttached();
  expect(await settledEventCount(context)).toBe(flaggedEver.size);
});

test('navigating a Facebook post → Messages → the post → Messages logs each warning once', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  await serveFixture(context, THREAD, 'messenger.html');
  await serveFixture(context, POST, 'facebook.html');
  const page = await context.newPage();
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.goto(POST);
  await expect(page.locator('[data-not-alone="risk"]')).toHaveCount(1, { timeout: 20_000 });
  const onPost = await settledEventCount(context);
  expect(onPost).toBe(1);

  // What facebook.com does: pushState (or back), then the page body is re-rendered.
  const go = (url: string, back = false) =>
    page.evaluate(
      async ([url, back]) => {
        const html = await (await fetch(url as string)).text();
        const next = new DOMParser().parseFromString(html, 'text/html');
        if (back) history.back();
        else history.pushState({}, '', url as string);
        await new Promise((resolve) => setTimeout(resolve, 50));
        document.body.replaceWith(document.adoptNode(next.body));
      },
      [url, back] as const,
    );
  await go(THREAD);
  await expect(page.locator('[data-expect="risk"][data-not-alone="risk"]')).toHaveCount(2, { timeout: 20_000 });
  expect(await settledEventCount(context)).toBe(onPost + 2);
  await go(POST, true);
  await expect(page.locator('[data-not-alone="risk"]')).toHaveCount(1, { timeout: 20_000 });
  await go(THREAD);
  await expect(page.locator('[data-expect="risk"][data-not-alone="risk"]')).toHaveCount(2, { timeout: 20_000 });
  expect(await settledEventCount(context)).toBe(onPost + 2);
});
