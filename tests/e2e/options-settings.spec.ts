// The options page drives what open tabs do (issue 6): categories, custom phrases, allowlist,
// retention with a controlled clock, settings file export/import, corrupt storage.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { launchWithExtension, openFixture, readEvents, type Launched } from './support/extension';
import { getStorage, openExtensionPage, seedEvents, setStorage, localeText } from './support/options-pages';

const ZALO = 'https://chat.zalo.me/';
/** The first scan of a fresh browser waits for the content script and engine to start (slow on a loaded machine). */
const FIRST_SCAN = { timeout: 30_000 };
const DAY = 24 * 60 * 60 * 1000;

let browser: Launched;
test.afterEach(async () => browser?.close());

async function options(): Promise<Page> {
  const page = await openExtensionPage(browser.context, 'options.html');
  await expect(page.getByTestId('sensitivity-section')).toBeVisible();
  return page;
}

test('category switches and sensitivity apply live to an open Zalo page', async () => {
  browser = await launchWithExtension();
  const zalo = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone-category', 'grooming', FIRST_SCAN);
  await expect(zalo.locator('#bb_msg_id_1005')).toHaveAttribute('data-not-alone-category', 'trafficking_recruitment');

  const page = await options();
  await page.getByTestId('category-grooming').uncheck();
  await expect(zalo.locator('#bb_msg_id_1003')).not.toHaveAttribute('data-not-alone-category', 'grooming');
  await expect(zalo.locator('#bb_msg_id_1005')).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.getByTestId('options-status')).toHaveText(localeText('en', 'optionsSaved'));
  expect(await getStorage(browser.context, 'settings')).toMatchObject({ disabledCategories: ['grooming'] });

  await page.getByTestId('category-grooming').check();
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone-category', 'grooming');

  // Switching the site off stops checking it.
  await page.getByTestId('site-zalo').uncheck();
  await expect(zalo.locator('[data-not-alone]')).toHaveCount(0);
  await page.getByTestId('site-zalo').check();
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');

  await page.getByTestId('sensitivity-off').check();
  await expect(zalo.locator('[data-not-alone]')).toHaveCount(0);
  await page.getByTestId('sensitivity-strict').check();
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
});

test('custom phrases are literal, flag on the page and in the try box; the allowlist silences them', async () => {
  browser = await launchWithExtension();
  const zalo = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk', FIRST_SCAN);
  const page = await options();
  const custom = page.getByTestId('custom-phrases');

  // Validation: empty, then a duplicate.
  await page.getByTestId('custom-phrase-add').click();
  await expect(page.getByTestId('custom-phrase-error')).toHaveText(localeText('en', 'opt_phrase_problem_empty'));
  await page.getByTestId('custom-phrase-text').fill('trà sữa (free)*');
  await page.getByTestId('custom-phrase-category').selectOption('scam');
  await page.getByTestId('custom-phrase-add').click();
  await expect(custom.getByText('“trà sữa (free)*”')).toBeVisible();
  await page.getByTestId('custom-phrase-text').fill('TRÀ SỮA (FREE)*');
  await page.getByTestId('custom-phrase-add').click();
  await expect(page.getByTestId('custom-phrase-error')).toHaveText(localeText('en', 'opt_phrase_problem_duplicate'));

  // The try box uses the real engine with these settings, and says why.
  const result = page.getByTestId('try-result');
  await page.getByTestId('try-input').fill('Ai muốn trà sữa (free)* thì nhắn mình');
  await expect(result).toContainText('This would get a warning: Scams.');
  await expect(result).toContainText('It contains your phrase “trà sữa (free)*”.');
  // Special characters are not patterns: "(free)*" is not "any number of 'free'".
  await page.getByTestId('try-input').fill('Ai muốn trà sữa không?');
  await expect(result).toHaveText(localeText('en', 'opt_try_ok'));
  // A built-in risk is explained with its signals.
  await page.getByTestId('try-input').fill('Gửi mã OTP vừa nhận cho anh để anh nạp quà cho em nhé');
  await expect(result).toContainText('This would get a warning: Scams.');
  await expect(page.getByTestId('try-reasons').locator('li').first()).not.toHaveText(/^signal_/);

  // On the open page, a new message with the phrase is flagged as a scam.
  const id = await zalo.evaluate(() => (window as any).zaloDemo.addMessage('Ai muốn trà sữa (free)* thì nhắn mình'));
  await expect(zalo.locator(`#${id}`)).toHaveAttribute('data-not-alone-category', 'scam');

  // The allowlist wins over the phrase, in the try box and on the page.
  await page.getByTestId('allow-phrase-text').fill('trà sữa (free)*');
  await page.getByTestId('allow-phrase-add').click();
  await expect(page.getByTestId('allow-phrases').getByText('“trà sữa (free)*”')).toBeVisible();
  await page.getByTestId('try-input').fill('Ai muốn trà sữa (free)* thì nhắn mình');
  await expect(result).toHaveText(localeText('en', 'opt_try_allowed'));
  await expect(zalo.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'ok');

  // Removing the phrase is one click, named for screen readers.
  await custom.getByRole('button', { name: 'Remove “trà sữa (free)*”' }).click();
  await expect(custom.getByText(localeText('en', 'opt_phrases_none'))).toBeVisible();
  expect(await getStorage(browser.context, 'settings')).toMatchObject({ customPhrases: [], allowPhrases: ['trà sữa (free)*'] });
});

test('old events are pruned by the retention setting and by the clock', async () => {
  browser = await launchWithExtension();
  const now = Date.now();
  const page = await options();
  await seedEvents(browser.context, [{ time: now - 100 * DAY }, { time: now - 40 * DAY }, { time: now - 10 * DAY }, { time: now }]);

  // The worker prunes when it writes: a new warning from the fixture page removes the 100-day-old event.
  const zalo = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk', FIRST_SCAN);
  await expect.poll(async () => (await readEvents(browser.context)).filter((e) => (e.time as number) < now - 90 * DAY).length).toBe(0);
  await zalo.close();

  // A shorter retention applies at once.
  await page.getByTestId('retention-days').fill('0');
  await page.getByTestId('retention-save').click();
  await expect(page.getByTestId('retention-message')).toHaveText('Enter a whole number of days from 1 to 3650.');
  await page.getByTestId('retention-days').fill('30');
  await page.getByTestId('retention-save').click();
  await expect(page.getByTestId('retention-message')).toContainText('warnings are kept for 30 days. 1 older warnings were deleted.');
  const kept = await readEvents(browser.context);
  expect(kept.every((e) => (e.time as number) >= now - 30 * DAY)).toBe(true);
  const seededToday = kept.filter((e) => (e.rules as string[])[0] === 'seeded').length;
  expect(seededToday).toBe(2);

  // With the page's clock 25 days ahead, the event seeded 10 days ago is now 35 days old.
  const later = await browser.context.newPage();
  await later.clock.install({ time: now + 25 * DAY });
  await later.goto(page.url().replace(/#.*$/, '') + '#activity');
  await expect(later.getByTestId('activity-view')).toBeVisible();
  await expect.poll(async () => (await readEvents(browser.context)).filter((e) => (e.rules as string[])[0] === 'seeded').length).toBe(1);
});

test('settings export to a file and import it back; malformed files are rejected clearly', async () => {
  browser = await launchWithExtension();
  const page = await options();
  await page.getByTestId('sensitivity-strict').check();
  await page.getByTestId('category-bullying').uncheck();
  await expect(page.getByTestId('options-status')).toHaveText(localeText('en', 'optionsSaved'));

  const download = page.waitForEvent('download');
  await page.getByTestId('export-settings').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^not-alone-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  expect(exported).toMatchObject({ format: 'not-alone-settings', settings: { sensitivity: 'strict', disabledCategories: ['bullying'] } });
  expect(exported.settings).not.toHaveProperty('mode');

  await page.getByTestId('sensitivity-low').check();
  await page.getByTestId('category-bullying').check();

  const status = page.getByTestId('import-status');
  await page.getByTestId('import-settings').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "not-alone-settings", "settings": {') });
  await expect(status).toContainText('broken.json was not loaded, and nothing was changed:');
  await expect(status).toContainText(localeText('en', 'opt_import_not_json'));
  await page.getByTestId('import-settings').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "holiday"}') });
  await expect(status).toContainText(localeText('en', 'opt_import_wrong_format'));
  const bad = { ...exported, settings: { ...exported.settings, sensitivity: 'extreme', retentionDays: -3, pin: '1234' } };
  await page.getByTestId('import-settings').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByTestId('import-errors').locator('li')).toHaveText([
    'The value for “sensitivity” is not valid.',
    'The value for “days to keep activity” is not valid.',
    'Unknown setting “pin”.',
  ]);
  await expect(page.getByTestId('sensitivity-low')).toBeChecked();

  await page.getByTestId('import-settings').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: fs.readFileSync(await file.path()) });
  await expect(status).toContainText('Settings loaded from good.json.');
  await expect(page.getByTestId('sensitivity-strict')).toBeChecked();
  await expect(page.getByTestId('category-bullying')).not.toBeChecked();
});

test('the activity view charts the warnings of a fixture run, with no message text', async () => {
  browser = await launchWithExtension();
  const zalo = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(zalo.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk', FIRST_SCAN);
  const risky = await zalo.locator('[data-not-alone="risk"]').count();
  await expect.poll(async () => (await readEvents(browser.context)).length).toBe(risky);
  await seedEvents(browser.context, [{ time: Date.now() - 3 * DAY, category: 'scam', site: 'messenger', falseAlarm: true }]);

  const page = await openExtensionPage(browser.context, 'options.html#activity');
  await expect(page.getByTestId('activity-view')).toBeVisible();
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(page.getByTestId(`chart-day-${today}`)).toHaveAttribute('data-count', String(risky));
  await expect(page.getByTestId(`chart-day-${today}`).locator('rect')).not.toHaveCount(0);
  await expect(page.getByTestId('activity-total')).toHaveText(`Total: ${risky + 1} warnings.`);
  await expect(page.getByTestId('activity-category-grooming').locator('td').first()).not.toHaveText('0');
  await expect(page.getByTestId('activity-site-zalo').locator('td')).toHaveText(String(risky));
  await expect(page.getByTestId('activity-site-messenger').locator('td')).toHaveText('1');
  await expect(page.getByTestId('activity-false-alarms')).toHaveText('False alarms marked “This is OK”: 1.');
  // Counts only: none of the page's message text appears.
  const text = await page.locator('body').innerText();
  for (const bubble of await zalo.locator('[data-component="message-text-content"]').allInnerTexts()) {
    expect(text).not.toContain(bubble.slice(0, 20));
  }

  // "Delete all data" asks first, then empties the log.
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-all-confirm').click();
  await expect(page.getByTestId('delete-status')).toHaveText(localeText('en', 'opt_delete_done'));
  expect(await readEvents(browser.context)).toEqual([]);
});

test('a corrupt stored setting falls back to its default and the page says so once', async () => {
  browser = await launchWithExtension();
  await setStorage(browser.context, { settings: { version: 1, sensitivity: 'extreme', retentionDays: 'forever', disabledCategories: ['scam'] } });
  const page = await openExtensionPage(browser.context, 'options.html');
  await expect(page.getByTestId('settings-repaired')).toHaveText(
    'Some saved settings were damaged and have been reset to their default: sensitivity, days to keep activity.',
  );
  await expect(page.getByTestId('sensitivity-balanced')).toBeChecked();
  await expect(page.getByTestId('category-scam')).not.toBeChecked();
  await page.reload();
  await expect(page.getByTestId('sensitivity-balanced')).toBeChecked();
  await expect(page.getByTestId('settings-repaired')).toHaveCount(0);
});

test('another chat site listed without this browser’s permission is shown as not checked yet', async () => {
  browser = await launchWithExtension();
  await setStorage(browser.context, { settings: { version: 1, genericSites: ['chat.example.org'] } });
  const page = await options();
  const sites = page.getByTestId('sites-section');
  await expect(sites.getByText('chat.example.org')).toBeVisible();
  await expect(sites.getByText(localeText('en', 'opt_generic_not_allowed'))).toBeVisible();
  await expect(sites.getByRole('button', { name: 'Allow Not Alone on chat.example.org' })).toBeEnabled();
  await sites.getByRole('button', { name: 'Remove “chat.example.org”' }).click();
  await expect(sites.getByRole('listitem').filter({ hasText: 'chat.example.org' })).toHaveCount(0);
  await expect(sites.getByRole('status').filter({ hasText: 'chat.example.org is no longer checked.' })).toBeVisible();
  expect(await getStorage(browser.context, 'settings')).toMatchObject({ genericSites: [] });
});
