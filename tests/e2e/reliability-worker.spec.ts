// Issue 8: the MV3 service worker is stopped by the browser at any time, and the extension is
// updated or reloaded while tabs are open. No warning event is lost, warnings keep appearing,
// old content scripts stop cleanly and no warning is shown twice.
import { test, expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { EXTENSION_ID, launchWithExtension, openFixture, readEvents, type Launched } from './support/extension';

const ZALO = 'https://chat.zalo.me/';
const RISKY_TEXTS = [
  'Gửi mã OTP vừa nhận cho anh để anh nạp quà cho em nhé',
  'Bên anh đang tuyển việc nhẹ lương cao 20 triệu một tháng ở Campuchia, bao vé máy bay',
  'Tối nay em ở nhà một mình hả? Nhớ đừng nói với bố mẹ chuyện mình nói chuyện nhé',
];

// A fresh Chromium per test; generous for a loaded 2-core machine.
test.describe.configure({ timeout: 240_000 });

let browser: Launched;
test.afterEach(async () => browser?.close());

/** DevTools' "Stop" on the extension's service worker (chrome://serviceworker-internals). */
async function workerStopper(context: BrowserContext): Promise<{ stop(): Promise<void> }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  const cdp: CDPSession = await context.newCDPSession(page);
  const versions = new Map<string, string>();
  // Counted rather than polled: a worker woken again by a queued message can be back to
  // 'running' before a poll would see it stopped.
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: list }) => {
    for (const v of list) {
      if (v.runningStatus === 'stopped' && versions.get(v.versionId) !== 'stopped') stops++;
      versions.set(v.versionId, v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      await expect.poll(() => [...versions.values()].includes('running')).toBe(true);
      const stopsBefore = stops;
      for (const [versionId, status] of versions) if (status === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
      await expect.poll(() => stops > stopsBefore).toBe(true);
    },
  };
}

const addMessage = (page: Page, text: string) => page.evaluate((t) => (window as any).zaloDemo.addMessage(t) as string, text);

test('the service worker stopped in the middle of a run: no warning event is lost and warnings keep appearing', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const stopper = await workerStopper(context);
  const page = await openFixture(context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
  const initial = await page.locator('[data-not-alone="risk"]').count();
  await expect.poll(async () => (await readEvents(context)).length).toBe(initial);

  // Stop the worker, then warnings arrive while it is down, and again right as it is stopped.
  await stopper.stop();
  const ids: string[] = [];
  for (const text of RISKY_TEXTS) ids.push(await addMessage(page, `${text} (1)`));
  await Promise.all([stopper.stop(), (async () => {
    for (const text of RISKY_TEXTS) ids.push(await addMessage(page, `${text} (2)`));
  })()]);
  for (const text of RISKY_TEXTS) ids.push(await addMessage(page, `${text} (3)`));

  for (const id of ids) {
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'risk');
    await expect(page.locator(`#${id} + not-alone-warning`)).toHaveCount(1);
  }
  await expect.poll(async () => (await readEvents(context)).length, { timeout: 30_000 }).toBe(initial + ids.length);
  // Each warning is logged once, not once per retry.
  await page.waitForTimeout(1500);
  expect((await readEvents(context)).length).toBe(initial + ids.length);
});

test('extension reload with a tab open: the old content script stops cleanly and leaves no warning behind', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const page = await openFixture(context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
  const risky = await page.locator('[data-not-alone="risk"]').count();
  await expect(page.locator('not-alone-warning')).toHaveCount(risky);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // Reload the extension from one of its pages, as an update does. (Chromium then disables an
  // extension loaded from the command line, DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION, so the new
  // version's start cannot be seen here; a store or policy install comes back and is injected
  // into pages as they load, where the old script has left nothing to double.)
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);

  // The orphaned script notices (its extension context is gone) and removes its cards.
  await expect(page.locator('not-alone-warning')).toHaveCount(0, { timeout: 15_000 });
  // It no longer reacts to new messages, and throws nothing into the page.
  const late = await addMessage(page, RISKY_TEXTS[0]!);
  await page.waitForTimeout(2000);
  await expect(page.locator(`#${late}`)).not.toHaveAttribute('data-not-alone', /.*/);
  await expect(page.locator('not-alone-warning')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
