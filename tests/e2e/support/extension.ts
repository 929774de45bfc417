// Launching Debian's Chromium with the built extension, and serving fixture pages at the real
// sites' URLs through Playwright routing so that no request leaves the machine.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_TIMINGS_KEY, TEST_MARKS_KEY } from '../../../lib/contract/test-marks';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const EXT_DIR = process.env.EXT_DIR ?? path.join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/sites');
export const EXTENSION_ID = 'fjlbflnpamghbkhgemopjcohecfeilbk';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Browser UI language (needs Debian's chromium-l10n for vi/fr). */
  language?: 'en' | 'vi' | 'fr';
  headless?: boolean;
  extDir?: string;
  /**
   * Keep the welcome tab the extension opens on install. By default it is closed: left open it
   * takes the foreground and the test's own pages run hidden, throttled to about a frame a second.
   */
  keepWelcome?: boolean;
  /**
   * Switch on the test marks (`data-not-alone`, `not-alone-*` cards with an open shadow root) from
   * the service worker, as independent checks do. On by default; privacy tests turn it off to see
   * what a page sees.
   */
  testMarks?: boolean;
  /** Switch on the benchmark's User Timing marks (`not-alone:*`) from the service worker. Off by default. */
  benchTimings?: boolean;
}

export interface Launched {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Launched> {
  const extDir = options.extDir ?? EXT_DIR;
  if (!fs.existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${extDir}: run "npm run build" first.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'not-alone-e2e-'));
  const language = options.language ?? 'en';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: language,
    env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Pages a test opens behind another tab keep running at full speed.
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  await blockTheNetwork(context);
  if (!options.keepWelcome) closeWelcomeTabs(context);
  if (options.testMarks ?? true) await setTestMarks(context, true);
  if (options.benchTimings) await setStorageFlag(context, BENCH_TIMINGS_KEY, true);
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Closes the one welcome tab the install opens; welcome pages a test opens itself stay. */
function closeWelcomeTabs(context: BrowserContext): void {
  let closed = false;
  const closeIfWelcome = async (page: Page) => {
    await page.waitForURL(/\/welcome\.html/, { timeout: 20_000 }).catch(() => undefined);
    if (closed || !/^chrome-extension:\/\/[a-p]{32}\/welcome\.html/.test(page.url())) return;
    closed = true;
    context.off('page', onPage);
    await page.close().catch(() => undefined);
  };
  const onPage = (page: Page) => void closeIfWelcome(page);
  for (const page of context.pages()) void closeIfWelcome(page);
  context.on('page', onPage);
}

/** Every http(s) request not served from a fixture is aborted: the tests run offline. */
async function blockTheNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
}

/** Serve `tests/fixtures/sites/<file>` at `url` (and every URL under it that is a page). */
export async function serveFixture(context: BrowserContext, url: string | RegExp, file: string): Promise<void> {
  const body = fs.readFileSync(path.join(FIXTURES_DIR, file));
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Open `url` served from `file` and wait until the extension's content script has marked messages. */
export async function openFixture(context: BrowserContext, url: string, file: string): Promise<Page> {
  await serveFixture(context, url, file);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Turn the test marks on or off from the service worker (an extension context). */
export async function setTestMarks(context: BrowserContext, on: boolean): Promise<void> {
  await setStorageFlag(context, TEST_MARKS_KEY, on);
}

/** Set (true) or remove (false) a storage.local flag from the service worker. */
export async function setStorageFlag(context: BrowserContext, key: string, on: boolean): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(
    ([key, value]) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } })
        .chrome.storage.local;
      return value ? local.set({ [key]: true }) : local.remove(key);
    },
    [key, on] as const,
  );
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Read the warning events from the extension's Dexie database, inside the service worker. */
export async function readEvents(context: BrowserContext): Promise<Array<Record<string, unknown>>> {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        // Never create the extension's database (an empty version 1 would be ours, not Dexie's),
        // and close the connection: an open one blocks Dexie's upgrade, and no event is ever stored.
        const open = indexedDB.open('not-alone');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction('events').objectStore('events').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => {
            db.close();
            reject(request.error);
          };
        };
      }),
  );
}
