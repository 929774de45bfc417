// The demo's card screenshots (issue 16): the warning lab's conversation in vi, en and fr, wide
// and narrow (a chat box docked in a corner, 330 × 450), light and dark, saved to demo-output/
// as card-<lang>-<layout>-<scheme>.png so a person can check the card reads in three seconds.
// The language is the parent's choice (settings.language), set the way the options page does.
import path from 'node:path';
import type { BrowserContext, Locator } from '@playwright/test';
import { serveFixture, serviceWorker } from '../tests/e2e/support/extension';

const LAB_URL = 'https://chat.zalo.me/';
const LAB_FILE = 'warning-lab.html';
const LANGS = [
  { lang: 'vi', helpRegion: 'VN' },
  { lang: 'en', helpRegion: 'US' },
  { lang: 'fr', helpRegion: 'FR' },
] as const;
const LAYOUTS = [
  { name: 'wide', hash: '', shot: '.q7z' },
  { name: 'narrow', hash: 'docked', shot: '.a1x' },
] as const;
const SCHEMES = ['light', 'dark'] as const;
/** A message the engine reads as blackmail: its card opens with the help lines. */
const BLACKMAIL = {
  vi: 'Gửi thêm ảnh không thì anh gửi ảnh của em cho cả lớp xem',
  en: 'Send more pics or I will send your photos to everyone at your school',
  fr: 'Envoie encore des photos sinon je montre tes photos à tout ton collège',
} as const;

export async function shootCards(context: BrowserContext, outputDir: string): Promise<string[]> {
  await serveFixture(context, LAB_URL, LAB_FILE);
  const worker = await serviceWorker(context);
  const saved: string[] = [];
  for (const { lang, helpRegion } of LANGS) {
    await worker.evaluate(
      (settings) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings }),
      { version: 1, language: lang, helpRegion },
    );
    for (const layout of LAYOUTS) {
      for (const scheme of SCHEMES) {
        const page = await context.newPage();
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${LAB_URL}#${[layout.hash, scheme].filter(Boolean).join(',')}`);
        const first = page.locator('#bb_msg_id_3002 + not-alone-warning [data-testid="warning-card"]');
        await first.waitFor();
        await waitForLanguage(first, lang);
        await first.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        const file = path.join(outputDir, `card-${lang}-${layout.name}-${scheme}.png`);
        await page.locator(layout.shot).screenshot({ path: file, animations: 'disabled' });
        saved.push(file);
        if (scheme === 'light') {
          // The firmest card, in a conversation of its own: help lines open by themselves.
          const id = await page.evaluate((text) => {
            document.getElementById('richInput')!.setAttribute('data-trailer', 'demo-blackmail');
            return (window as unknown as { zaloDemo: { addMessage(t: string): string } }).zaloDemo.addMessage(text);
          }, BLACKMAIL[lang]);
          const severe = page.locator(`#${id} + not-alone-warning [data-testid="warning-card"]`);
          if (await severe.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
            await severe.evaluate((el) => el.scrollIntoView({ block: 'start' }));
            const blackmailFile = path.join(outputDir, `card-${lang}-${layout.name}-blackmail.png`);
            await page.locator(layout.shot).screenshot({ path: blackmailFile, animations: 'disabled' });
            saved.push(blackmailFile);
          }
        }
        await page.close();
      }
    }
  }
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('settings'));
  return saved;
}

/** The card is drawn at once and redrawn when the chosen language's strings arrive. */
async function waitForLanguage(card: Locator, lang: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await card.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))) === lang) return;
    await card.page().waitForTimeout(100);
  }
}
