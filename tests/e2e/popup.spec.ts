// The toolbar popup (issue 6): this tab's status, pause for an hour (PIN in parent mode), help.
import { test, expect, type Page } from '@playwright/test';
import { launchWithExtension, openFixture, type Launched } from './support/extension';
import { getStorage, openExtensionPage, setStorage, localeText } from './support/options-pages';

const ZALO = 'https://chat.zalo.me/';
/** The first scan of a fresh browser waits for the content script and engine to start (slow on a loaded machine). */
const FIRST_SCAN = { timeout: 30_000 };
const HOUR = 60 * 60 * 1000;

let browser: Launched;
test.afterEach(async () => browser?.close());

/** The popup, opened as a tab, reporting on `tab` (made the active tab before the popup asks). */
async function popupFor(tab: Page): Promise<Page> {
  const popup = await openExtensionPage(browser.context, 'popup.html');
  await tab.bringToFront();
  await popup.reload();
  return popup;
}

test('teen mode: the popup shows this tab, pauses for an hour without a PIN, and resumes', async () => {
  browser = await launchWithExtension();
  await setStorage(browser.context, { settings: { version: 1, mode: 'teen' } });
  const zalo = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk', FIRST_SCAN);
  const risky = await zalo.locator('[data-not-alone="risk"]').count();
  const scanned = await zalo.locator('[data-not-alone]').count();

  const popup = await popupFor(zalo);
  await expect(popup.getByTestId('popup-tab-site')).toHaveText('Zalo: messages on this page are checked.');
  await expect(popup.getByTestId('popup-tab-warnings')).toHaveText(`Warnings in this tab: ${risky} (of ${scanned} messages checked).`);
  await expect(popup.getByTestId('popup-protection')).toHaveText('Protection is on (Balanced).');

  const before = Date.now();
  await popup.getByTestId('popup-pause').click();
  await expect(popup.getByTestId('popup-protection')).toContainText('Protection is paused until');
  await expect(zalo.locator('[data-not-alone]')).toHaveCount(0);
  const { pausedUntil } = (await getStorage(browser.context, 'settings')) as { pausedUntil: number };
  expect(pausedUntil).toBeGreaterThanOrEqual(before + HOUR);
  expect(pausedUntil).toBeLessThan(Date.now() + HOUR + 1000);

  await popup.getByTestId('popup-resume').click();
  await expect(popup.getByTestId('popup-protection')).toHaveText('Protection is on (Balanced).');
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
});

test('parent mode: pausing from the popup needs the parent PIN', async () => {
  browser = await launchWithExtension();
  const options = await openExtensionPage(browser.context, 'options.html');
  await options.getByTestId('mode-to-parent').click();
  await options.getByTestId('pin-new').fill('97531');
  await options.getByTestId('pin-again').fill('97531');
  await options.getByTestId('set-pin-submit').click();
  await expect(options.getByTestId('mode-current')).toHaveText(localeText('en', 'opt_mode_parent'));

  const popup = await openExtensionPage(browser.context, 'popup.html');
  await expect(popup.getByTestId('popup-tab-unsupported')).toHaveText(localeText('en', 'pop_tab_unsupported'));
  await popup.getByTestId('popup-pause').click();
  await expect(popup.getByTestId('popup-pause-pin')).toBeVisible();
  await popup.getByTestId('pin-input').fill('11111');
  await popup.getByTestId('pin-submit').click();
  await expect(popup.getByTestId('pin-message')).toHaveText('Wrong PIN. 2 more tries before a wait.');
  await expect(popup.getByTestId('popup-protection')).toHaveText('Protection is on (Balanced).');
  await popup.getByTestId('pin-input').fill('97531');
  await popup.getByTestId('pin-submit').click();
  await expect(popup.getByTestId('popup-protection')).toContainText('Protection is paused until');
  // The options page shows the pause too, and can end it.
  await options.reload();
  await expect(options.getByTestId('pin-input')).toBeVisible();
  await options.getByTestId('pin-input').fill('97531');
  await options.getByTestId('pin-submit').click();
  await expect(options.getByTestId('options-paused')).toBeVisible();
});

test('the popup lists help lines for the chosen region', async () => {
  browser = await launchWithExtension();
  await setStorage(browser.context, { settings: { version: 1, helpRegion: 'VN' } });
  const popup = await openExtensionPage(browser.context, 'popup.html');
  await popup.getByText(localeText('en', 'pop_help_title')).click();
  await expect(popup.getByTestId('popup-help').getByRole('link', { name: '111' })).toHaveAttribute('href', 'tel:111');
});
