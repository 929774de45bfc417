// Issue 8, bad input and faults: damaged or outdated stored settings, and a database that
// refuses writes (full quota). Each falls back safely, says so, and protection keeps running.
// Invalid policy values are covered by tests/e2e/policy.spec.ts and the policy unit tests.
import { test, expect, type BrowserContext } from '@playwright/test';
import { EXTENSION_ID, launchWithExtension, openFixture, readEvents, serviceWorker, type Launched } from './support/extension';

const ZALO = 'https://chat.zalo.me/';
const RISKY = ['#bb_msg_id_1003', '#bb_msg_id_1005'];

// A fresh Chromium per test; generous for a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

let browser: Launched;
test.afterEach(async () => browser?.close());

/** Write raw values into the extension's storage.local, as a damaged profile or an old version would. */
async function writeStorage(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate((v) => (globalThis as any).chrome.storage.local.set(v), values);
}

for (const [name, stored] of [
  ['not an object', 'garbage'],
  ['wrong types everywhere', { version: 'x', sensitivity: 42, disabledCategories: 'all', disabledSites: [1, 2], customPhrases: [{ text: 5 }], retentionDays: -3, pausedUntil: 'never', mode: 'boss' }],
  ['a newer version with unknown fields', { version: 99, sensitivity: 'balanced', futureField: { nested: true } }],
] as const) {
  test(`damaged settings (${name}): pages stay protected with defaults`, async () => {
    browser = await launchWithExtension();
    const { context } = browser;
    await writeStorage(context, { settings: stored, pin: 'not a pin record', managedPolicyMirror: 'not a policy' });
    const page = await openFixture(context, ZALO, 'zalo.html');
    for (const id of RISKY) await expect(page.locator(id)).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
    await expect(page.locator('#bb_msg_id_1004')).toHaveAttribute('data-not-alone', 'ok');
    await expect(page.locator('not-alone-warning')).not.toHaveCount(0);
    await expect.poll(async () => (await readEvents(context)).length).toBeGreaterThanOrEqual(RISKY.length);
  });
}

test('damaged settings are reported once on the options page, which repairs them', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  await writeStorage(context, { settings: { version: 1, sensitivity: 'loud', retentionDays: 'forever', disabledCategories: ['grooming'] } });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  // The notice names what was reset; the valid field is kept.
  await expect(options.getByTestId('settings-repaired')).toBeVisible();
  const page = await openFixture(context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1005')).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
  // The valid part of the damaged value was kept: grooming stays off as the parent chose.
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'ok');
});

test('settings from an older version are migrated, not lost', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  // v0 stored the level under `level`; "off" there must still mean off.
  await writeStorage(context, { settings: { level: 'off' } });
  const page = await openFixture(context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1001')).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-not-alone]')).toHaveCount(0);
  await writeStorage(context, { settings: { level: 'strict' } });
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
});

test('a database that refuses writes (full quota) does not stop warnings; logging resumes when it recovers', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const worker = await serviceWorker(context);
  // Every IndexedDB write in the worker now fails the way a full disk quota does.
  await worker.evaluate(() => {
    const g = globalThis as any;
    g.__notAloneRealAdd = IDBObjectStore.prototype.add;
    g.__notAloneRealPut = IDBObjectStore.prototype.put;
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
  const page = await openFixture(context, ZALO, 'zalo.html');
  for (const id of RISKY) await expect(page.locator(id)).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
  await expect(page.locator(`${RISKY[0]} + not-alone-warning [data-testid="warning-card"]`)).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await readEvents(context)).toEqual([]);

  // The disk has room again: the next warning is logged, and the worker never died.
  await worker.evaluate(() => {
    const g = globalThis as any;
    IDBObjectStore.prototype.add = g.__notAloneRealAdd;
    IDBObjectStore.prototype.put = g.__notAloneRealPut;
  });
  const id = await page.evaluate(() => (window as any).zaloDemo.addMessage('Gửi mã OTP vừa nhận cho anh để anh nạp quà cho em nhé'));
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator(`#${id} + not-alone-warning`)).toHaveCount(1);
  await expect.poll(async () => (await readEvents(context)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(context.serviceWorkers()).toContain(worker);
});
