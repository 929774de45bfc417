// Helpers for the options, popup and welcome page tests (issue 6): open extension pages,
// write extension storage and seed the event log from the service worker.
import type { BrowserContext, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_ID, ROOT, serviceWorker } from './extension';

export const pageUrl = (page: string) => `chrome-extension://${EXTENSION_ID}/${page}`;

/**
 * The pages render once settings (and the policy) are read; on a fresh, loaded browser that can
 * take seconds, so the first render gets more room than an ordinary expectation.
 */
export const FIRST_RENDER_MS = 30_000;

export async function openExtensionPage(context: BrowserContext, page: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(pageUrl(page));
  await tab.locator('main').waitFor({ timeout: FIRST_RENDER_MS });
  return tab;
}

/** The welcome tab the extension opens by itself on install. */
export async function welcomeTab(context: BrowserContext): Promise<Page> {
  const find = () => context.pages().find((p) => p.url().startsWith(pageUrl('welcome.html')));
  const deadline = Date.now() + 15_000;
  while (!find() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const tab = find();
  if (!tab) throw new Error('The welcome page did not open on install');
  await tab.waitForLoadState();
  await tab.locator('main').waitFor({ timeout: FIRST_RENDER_MS });
  return tab;
}

export async function setStorage(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate((v) => (globalThis as any).chrome.storage.local.set(v), values);
}

export async function getStorage(context: BrowserContext, key: string): Promise<unknown> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (k) => ((await (globalThis as any).chrome.storage.local.get(k)) as Record<string, unknown>)[k], key);
}

export interface SeedEvent {
  time: number;
  site?: string;
  category?: string;
  falseAlarm?: boolean;
}

/** Adds warning events straight into the extension's IndexedDB (the worker has created it). */
export async function seedEvents(context: BrowserContext, events: SeedEvent[]): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const attempt = (tries: number) => {
          const open = indexedDB.open('not-alone');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('events')) {
              db.close();
              if (tries <= 0) return reject(new Error('no events store'));
              return setTimeout(() => attempt(tries - 1), 200);
            }
            const tx = db.transaction('events', 'readwrite');
            for (const e of list) {
              tx.objectStore('events').add({
                time: e.time,
                site: e.site ?? 'zalo',
                category: e.category ?? 'grooming',
                severity: 'medium',
                rules: ['seeded'],
                direction: 'in',
                ...(e.falseAlarm ? { falseAlarm: true } : {}),
              });
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
        attempt(25);
      }),
    events,
  );
}

const localeCache = new Map<string, Record<string, { message: string } | undefined>>();

/** A message's text as written in public/_locales (placeholders left as they are). */
export function localeText(lang: 'en' | 'vi' | 'fr', key: string): string {
  let messages = localeCache.get(lang);
  if (!messages) {
    messages = JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
    localeCache.set(lang, messages!);
  }
  const entry = messages![key];
  if (!entry) throw new Error(`No "${key}" in the ${lang} messages`);
  return entry.message;
}
