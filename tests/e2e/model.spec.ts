// The learned stage in the built extension: a message that no rule flags, but the model does,
// gets a warning card whose "Why?" names the model's reason, in vi, en and fr. The model comes
// from the service worker (no web-accessible resource), so this also proves it loads there.
import { test, expect as baseExpect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../lib/detect/index';
import { builtInRules } from '../../lib/rules/built-in';
import { loadModelFile } from '../../scripts/model/corpus';
import { ROOT, launchWithExtension, openFixture, type Launched } from './support/extension';

const expect = baseExpect.configure({ timeout: 30_000 });
const ZALO = 'https://chat.zalo.me/';
const LAB = 'warning-lab.html';
const messages = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

/** Written for this test (no corpus line): prize-style scam wording with no phrase of the rule packs. */
const TEXT = 'Congratulations! You have been selected for a free holiday, text WIN to 80082';

test.describe.configure({ timeout: 240_000 });
let browser: Launched;
test.afterEach(async () => browser?.close());

test('the message really is one only the model catches (checked on the shipped files)', () => {
  const { model } = loadModelFile();
  expect(model).not.toBeNull();
  expect(createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS).scan({ text: TEXT }).flagged).toBe(false);
  const v = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model }).scan({ text: TEXT });
  expect(v).toMatchObject({ flagged: true, category: 'scam', stage: 'model' });
});

async function addInOwnChat(page: Page, chat: string, text: string): Promise<string> {
  return page.evaluate(([chat, text]) => {
    document.getElementById('richInput')!.setAttribute('data-trailer', chat as string);
    return (window as any).zaloDemo.addMessage(text, false);
  }, [chat, text] as const);
}

for (const lang of ['vi', 'en', 'fr'] as const) {
  test(`a model-only warning gets a card with its reasons in ${lang}`, async () => {
    const m = messages(lang);
    browser = await launchWithExtension({ language: lang });
    const page = await openFixture(browser.context, ZALO, LAB);
    await expect(page.locator('[data-not-alone]')).toHaveCount(7);
    const id = await addInOwnChat(page, 'lab-model', TEXT);
    const card = page.locator(`#${id} + not-alone-warning [data-testid="warning-card"]`);
    await expect(card).toBeVisible();
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone-category', 'scam');
    const why = card.getByTestId('warning-why-toggle');
    await why.click();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(card.getByTestId('warning-reasons')).toContainText(m.signal_model_scam!.message);
    // The highlighted words are words of the message.
    const words = await card.getByTestId('warning-words').locator('mark').allTextContents();
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(TEXT).toContain(w);
  });
}
