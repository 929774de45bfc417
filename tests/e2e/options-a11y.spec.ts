// Keyboard, labels, 200 % zoom and languages for the options, welcome and popup pages (issue 6).
import { test, expect, type Page } from '@playwright/test';
import { launchWithExtension, type Launched } from './support/extension';
import { getStorage, openExtensionPage, localeText } from './support/options-pages';

let browser: Launched;
test.afterEach(async () => browser?.close());

/** Form controls without an accessible name (label, aria-label or aria-labelledby). */
async function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => {
        const field = el as HTMLInputElement;
        if (field.type === 'hidden') return false;
        const named = (field.labels?.length ?? 0) > 0 || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
        return !named && !(el.tagName === 'BUTTON' && el.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** At 200 % zoom a 1280 px window is 640 CSS px wide: nothing may need sideways scrolling. */
async function fitsAt200Percent(page: Page): Promise<void> {
  await page.setViewportSize({ width: 640, height: 720 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('every control is labelled, the pages fit at 200 % zoom, and sensitivity works from the keyboard', async () => {
  browser = await launchWithExtension();
  for (const name of ['options.html', 'options.html#activity', 'welcome.html', 'popup.html']) {
    const page = await openExtensionPage(browser.context, name);
    await expect(page.locator('main')).toBeVisible();
    if (name === 'options.html') await expect(page.getByTestId('sensitivity-section')).toBeVisible();
    if (name.endsWith('#activity')) await expect(page.getByTestId('activity-view')).toBeVisible();
    expect(await unlabelled(page), name).toEqual([]);
    await fitsAt200Percent(page);
    await page.close();
  }

  const options = await openExtensionPage(browser.context, 'options.html');
  await options.getByTestId('sensitivity-balanced').focus();
  await options.keyboard.press('ArrowDown');
  await expect(options.getByTestId('sensitivity-strict')).toBeChecked();
  await expect.poll(async () => ((await getStorage(browser.context, 'settings')) as { sensitivity?: string } | undefined)?.sensitivity).toBe('strict');
  await options.getByTestId('category-scam').focus();
  await options.keyboard.press('Space');
  await expect(options.getByTestId('category-scam')).not.toBeChecked();
});

for (const language of ['vi', 'fr'] as const) {
  test(`the pages speak the browser's language (${language})`, async () => {
    browser = await launchWithExtension({ language });
    const options = await openExtensionPage(browser.context, 'options.html');
    await expect(options.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'opt_title'));
    await expect(options.locator('html')).toHaveAttribute('lang', language);
    await expect(options.getByTestId('sensitivity-section')).toContainText(localeText(language, 'sensitivity_balanced'));
    const popup = await openExtensionPage(browser.context, 'popup.html');
    await expect(popup.getByTestId('popup-tab-unsupported')).toHaveText(localeText(language, 'pop_tab_unsupported'));
  });
}
