// First run and the parent PIN (issue 6), in real Chromium with the built extension.
import { test, expect } from '@playwright/test';
import { launchWithExtension, type Launched } from './support/extension';
import { getStorage, openExtensionPage, welcomeTab, localeText } from './support/options-pages';

const PIN = '2468';

let browser: Launched;
test.afterEach(async () => browser?.close());

test('the welcome page opens on install with protection already on, and the parent choice sets a PIN', async () => {
  browser = await launchWithExtension({ keepWelcome: true });
  const welcome = await welcomeTab(browser.context);
  await expect(welcome.getByTestId('welcome-protection')).toContainText('Balanced');
  // Nothing answered yet: the stored settings (if any) still mean Balanced protection.
  const before = (await getStorage(browser.context, 'settings')) as { sensitivity?: string } | undefined;
  expect(before?.sensitivity ?? 'balanced').toBe('balanced');

  // The language can be changed on the page.
  await welcome.getByTestId('language-select').selectOption('vi');
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(localeText('vi', 'welcome_title'));
  await welcome.getByTestId('language-select').selectOption('en');
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'welcome_title'));

  await welcome.getByTestId('choose-parent').click();
  await welcome.getByTestId('pin-new').fill('12');
  await welcome.getByTestId('pin-again').fill('12');
  await welcome.getByTestId('set-pin-submit').click();
  await expect(welcome.getByTestId('set-pin-error')).toHaveText(/at least 4 digits/);
  await welcome.getByTestId('pin-new').fill(PIN);
  await welcome.getByTestId('pin-again').fill('2469');
  await welcome.getByTestId('set-pin-submit').click();
  await expect(welcome.getByTestId('set-pin-error')).toHaveText(localeText('en', 'pin_problem_mismatch'));
  await welcome.getByTestId('pin-again').fill(PIN);
  await welcome.getByTestId('set-pin-submit').click();
  await expect(welcome.getByTestId('welcome-done')).toContainText(localeText('en', 'welcome_parent_done_title'));

  // The PIN is stored as a salted hash only.
  const stored = (await getStorage(browser.context, 'pin')) as Record<string, unknown>;
  expect(Object.keys(stored).sort()).toEqual(['failures', 'hash', 'iterations', 'lockedUntil', 'salt']);
  expect(JSON.stringify(stored)).not.toContain(PIN);
  expect(((await getStorage(browser.context, 'settings')) as { mode: string }).mode).toBe('parent');

  // The options page is now behind the PIN.
  const options = await openExtensionPage(browser.context, 'options.html');
  await expect(options.getByTestId('options-locked')).toBeVisible();
  await expect(options.getByTestId('sensitivity-section')).toHaveCount(0);
  await expect(options.getByText(localeText('en', 'pin_forgotten'))).toBeVisible();
  await options.getByTestId('pin-input').fill(PIN);
  await options.getByTestId('pin-submit').click();
  await expect(options.getByTestId('sensitivity-balanced')).toBeChecked();
});

test('the teen choice needs no PIN and explains that the teen is in control', async () => {
  browser = await launchWithExtension({ keepWelcome: true });
  const welcome = await welcomeTab(browser.context);
  await welcome.getByTestId('choose-teen').click();
  await expect(welcome.getByTestId('welcome-done')).toContainText(localeText('en', 'welcome_teen_2'));
  expect(((await getStorage(browser.context, 'settings')) as { mode: string }).mode).toBe('teen');
  const options = await openExtensionPage(browser.context, 'options.html');
  await expect(options.getByTestId('sensitivity-balanced')).toBeChecked();
  await expect(options.getByTestId('tab-activity')).toHaveText(localeText('en', 'opt_tab_activity_teen'));
});

test('wrong PINs are counted across pages and lead to a growing wait that the clock ends', async () => {
  browser = await launchWithExtension({ keepWelcome: true });
  const welcome = await welcomeTab(browser.context);
  await welcome.getByTestId('choose-parent').click();
  await welcome.getByTestId('pin-new').fill(PIN);
  await welcome.getByTestId('pin-again').fill(PIN);
  await welcome.getByTestId('set-pin-submit').click();
  await expect(welcome.getByTestId('welcome-done')).toBeVisible();

  const options = await browser.context.newPage();
  await options.clock.install();
  await options.goto(`chrome-extension://${(new URL(welcome.url())).host}/options.html`);
  const message = options.getByTestId('pin-message');
  for (const tries of ['2', '1']) {
    await options.getByTestId('pin-input').fill('0000');
    await options.getByTestId('pin-submit').click();
    await expect(message).toHaveText(`Wrong PIN. ${tries} more tries before a wait.`);
  }
  await options.getByTestId('pin-input').fill('0000');
  await options.getByTestId('pin-submit').click();
  await expect(message).toContainText(/Try again in (30|2\d) seconds\./);
  await expect(options.getByTestId('pin-input')).toBeDisabled();

  // Reloading does not reset the wait: it is stored.
  await options.reload();
  await expect(options.getByTestId('pin-input')).toBeDisabled();
  expect(((await getStorage(browser.context, 'pin')) as { failures: number }).failures).toBe(3);

  await options.clock.fastForward(31_000);
  await expect(options.getByTestId('pin-input')).toBeEnabled();
  // The next wrong PIN doubles the wait.
  await options.getByTestId('pin-input').fill('1111');
  await options.getByTestId('pin-submit').click();
  // 60 s this time (the page clock runs on, so the countdown may already show a little less).
  await expect(message).toContainText(/Try again in (60|5\d) seconds\./);
  const pin = (await getStorage(browser.context, 'pin')) as { failures: number; lockedUntil: number };
  expect(pin.failures).toBe(4);
  await options.clock.fastForward(61_000);
  await options.getByTestId('pin-input').fill(PIN);
  await options.getByTestId('pin-submit').click();
  await expect(options.getByTestId('sensitivity-section')).toBeVisible();
  expect(((await getStorage(browser.context, 'pin')) as { failures: number }).failures).toBe(0);
});
