// The whole path in real Chromium: page → adapter → engine → warning card → event log.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_ID, ROOT, launchWithExtension, openFixture, readEvents, type Launched } from './support/extension';

const ZALO = 'https://chat.zalo.me/';
const messages = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as { risk_grooming: { message: string } };

let browser: Launched;
test.afterEach(async () => browser?.close());

test('risky incoming messages get a warning card, benign ones do not, and each warning is logged', async () => {
  browser = await launchWithExtension();
  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  const bubbles = page.locator('[data-component="bubble-message"]');
  await expect(page.locator('[data-not-alone]')).toHaveCount(await bubbles.count());

  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone-category', 'grooming');
  await expect(page.locator('#bb_msg_id_1005')).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator('#bb_msg_id_1005')).toHaveAttribute('data-not-alone-category', 'trafficking_recruitment');
  for (const benign of ['#bb_msg_id_1004', '#bb_msg_id_1006', '#bb_msg_id_1002']) {
    await expect(page.locator(benign)).toHaveAttribute('data-not-alone', 'ok');
  }

  // The card sits right after the flagged bubble, in an open shadow root.
  const card = page.locator('#bb_msg_id_1003 + not-alone-warning [data-testid="warning-card"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText(messages('en').risk_grooming.message);
  await expect(page.locator('#bb_msg_id_1004 + not-alone-warning')).toHaveCount(0);
  const riskCount = await page.locator('[data-not-alone="risk"]').count();
  await expect(page.locator('not-alone-warning')).toHaveCount(riskCount);

  // A message arriving after load is judged too.
  const id = await page.evaluate(() => (window as any).zaloDemo.addMessage('Anh lỡ gửi nhầm mã OTP về số của em, em đọc lại mã giúp anh với'));
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone-category', 'scam');

  // Dismiss removes the card. (This second warning came right after the first, so it starts as
  // one line stacked into the first card; Show opens its own card.)
  await page.locator('#bb_msg_id_1005 + not-alone-warning [data-testid="warning-compact-show"]').click();
  await page.locator('#bb_msg_id_1005 + not-alone-warning [data-testid="warning-dismiss"]').click();
  await expect(page.locator('#bb_msg_id_1005 + not-alone-warning')).toHaveCount(0);

  // The event log holds the warnings, and no message text.
  await expect.poll(async () => (await readEvents(browser.context)).length).toBe(riskCount + 1);
  const events = await readEvents(browser.context);
  expect(events.map((e) => e.category)).toEqual(expect.arrayContaining(['grooming', 'trafficking_recruitment', 'scam']));
  for (const event of events) {
    expect(Object.keys(event).sort()).toEqual(['category', 'direction', 'id', 'rules', 'severity', 'site', 'time']);
    expect(event.site).toBe('zalo');
  }
});

test('changing sensitivity in the options page changes what is flagged on an open page', async () => {
  browser = await launchWithExtension();
  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.getByTestId('sensitivity-off').check();

  await expect(page.locator('[data-not-alone]')).toHaveCount(0);
  await expect(page.locator('not-alone-warning')).toHaveCount(0);

  await options.getByTestId('sensitivity-balanced').check();
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator('#bb_msg_id_1004')).toHaveAttribute('data-not-alone', 'ok');
});

for (const language of ['vi', 'fr'] as const) {
  test(`the warning card speaks the browser's UI language (${language})`, async () => {
    browser = await launchWithExtension({ language });
    const page = await openFixture(browser.context, ZALO, 'zalo.html');
    await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
    const card = page.locator('#bb_msg_id_1003 + not-alone-warning [data-testid="warning-risk"]');
    await expect(card).toHaveText(messages(language).risk_grooming.message);
  });
}
