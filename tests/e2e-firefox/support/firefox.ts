// Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core) with the built Firefox add-on
// installed as a temporary add-on. Fixture pages are served at the real sites' URLs by request
// interception, and every request that would still leave the browser goes to a local recording
// proxy that answers none of them (so a test can say: nothing left).
//
// Extension pages: BiDi refuses moz-extension:// URLs unless Firefox was started with the
// test-only command-line flag --remote-allow-system-access (Firefox ≥ 138). With it, and the
// add-on's internal UUID pinned by the pref extensions.webextensions.uuids, a test opens
// moz-extension://<uuid>/options.html and runs code in that extension context — this is how the
// test marks are switched on (docs/testing.md, "Firefox"). A page can set neither.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TEST_MARKS_KEY } from '../../../lib/contract/test-marks';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXT_DIR = process.env.FIREFOX_EXT_DIR ?? path.join(ROOT, '.output/firefox-mv2');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/sites');
export const GECKO_ID = 'not-alone@not-alone.app';
/** The add-on's moz-extension:// host in test browsers (any UUID works; this one is documented). */
export const EXTENSION_UUID = '3c2e0d6a-7c1b-4f7e-9a51-0e5c2f6b8d14';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox's UI locale per test language (the vi and fr language packs come from Debian). */
const LOCALES = { en: 'en-US', vi: 'vi', fr: 'fr' } as const;
export type Lang = keyof typeof LOCALES;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `probe` until it returns a truthy value; throws `message` after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T> | T, message: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${message}`);
    await sleep(150);
  }
}

/** Records every request that reaches it (plain HTTP and HTTPS CONNECT) and answers none. */
export class RecordingProxy {
  readonly requests: string[] = [];
  private readonly server = http.createServer((req, res) => {
    this.requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });

  async start(): Promise<number> {
    this.server.on('connect', (req, socket) => {
      this.requests.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

export interface FirefoxOptions {
  language?: Lang;
  /** Switch the test marks on from the options page right after install (default true). */
  testMarks?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  proxy: RecordingProxy;
  /** Open `tests/fixtures/sites/<file>` at `url` in a new tab (the site's real address); `prepare` runs before it loads. */
  openFixture(url: string, file: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page>;
  /** Open one of the add-on's pages (options.html, popup.html…) in a new tab. */
  extensionPage(page: string): Promise<Page>;
  /** Run `fn` in an extension context (the options page), e.g. to write storage.local. */
  inExtension<A extends unknown[], T>(fn: (...args: A) => Promise<T>, ...args: A): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  if (!fs.existsSync(path.join(FIREFOX_EXT_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox add-on is not built at ${FIREFOX_EXT_DIR}: run "npm run build:firefox" first.`);
  }
  const proxy = new RecordingProxy();
  const port = await proxy.start();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Firefox honours the Remote Settings server pref below only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': LOCALES[options.language ?? 'en'],
      // Everything that still leaves the browser goes to the recording proxy (localhost too).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.socks_remote_dns': false,
      'network.dns.disableIPv6': true,
      // Firefox's own background traffic, so that the proxy only hears what pages and add-ons send.
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'browser.region.network.url': '',
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.newtabpage.activity-stream.feeds.system.topstories': false,
      // Remote Settings (block lists, certificates…): Mozilla's own test harness points it here.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close().catch(() => undefined);
    await proxy.stop();
  };
  try {
    await browser.installExtension(FIREFOX_EXT_DIR);
    const launched: LaunchedFirefox = {
      browser,
      proxy,
      openFixture: (url, file, prepare) => openFixture(browser, url, file, prepare),
      extensionPage: (page) => extensionPage(browser, page),
      async inExtension(fn, ...args) {
        const page = await extensionPage(browser, 'options.html');
        try {
          return (await page.evaluate(fn as never, ...(args as unknown as never[]))) as Awaited<ReturnType<typeof fn>>;
        } finally {
          await page.close().catch(() => undefined);
        }
      },
      close,
    };
    await closeWelcomeTab(browser);
    if (options.testMarks ?? true) await setTestMarks(launched, true);
    return launched;
  } catch (error) {
    await close();
    throw error;
  }
}

/** Switch the test contract's marks on or off from an extension context (storage.local). */
export async function setTestMarks(firefox: LaunchedFirefox, on: boolean): Promise<void> {
  await firefox.inExtension(
    (key: string, value: boolean) => {
      const local = (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).browser.storage.local;
      return value ? local.set({ [key]: true }) : local.remove(key);
    },
    TEST_MARKS_KEY,
    on,
  );
}

/** The welcome tab the install opens would take the foreground from the test's own tabs. */
async function closeWelcomeTab(browser: Browser): Promise<void> {
  const welcome = `${EXTENSION_ORIGIN}/welcome.html`;
  const found = await waitFor(
    async () => {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(welcome)) return page;
      }
      return undefined;
    },
    'the welcome tab did not open on install',
    20_000,
  );
  await found.close();
}

async function openFixture(browser: Browser, url: string, file: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const body = fs.readFileSync(path.join(FIXTURES_DIR, file));
  const page = await browser.newPage();
  await prepare?.(page);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const target = request.url();
    if (target === url || (target.startsWith(url) && request.isNavigationRequest())) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else if (/^https?:/.test(target)) {
      void request.abort('internetdisconnected');
    } else {
      void request.continue();
    }
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/**
 * Puppeteer's navigation tracking does not follow a tab into the extension's process, so the
 * navigation is started without waiting and the tab is polled until the page has rendered.
 */
async function extensionPage(browser: Browser, name: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${name}`;
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await waitFor(
    () => page.evaluate((target) => location.href === target && document.readyState === 'complete' && document.querySelector('main') !== null, url),
    `${name} did not render`,
    30_000,
  );
  return page;
}

/** Reload an extension page the same way (puppeteer would wait for the lost navigation). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __notAloneOld?: boolean }).__notAloneOld = true;
    location.reload();
  });
  await waitFor(
    () => page.evaluate(() => !(window as unknown as { __notAloneOld?: boolean }).__notAloneOld && document.readyState === 'complete' && document.querySelector('main') !== null),
    'the extension page did not reload',
  );
}

/** The attribute of an element on a page, or null when it (or the element) is absent. */
export function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  return page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);
}

/** Read the warning card next to message `id` (test marks on: open shadow root), or null. */
export function cardOf(page: Page, id: string): Promise<{ category: string | null; lead: string; risk: string } | null> {
  return page.evaluate((id) => {
    const host = document.getElementById(id)?.nextElementSibling;
    if (!host || host.tagName.toLowerCase() !== 'not-alone-warning' || !host.shadowRoot) return null;
    const root = host.shadowRoot;
    const card = root.querySelector('[data-testid="warning-card"]');
    if (!card) return null;
    return {
      category: card.getAttribute('data-category'),
      lead: root.querySelector('[data-testid="warning-lead"]')?.textContent ?? '',
      risk: root.querySelector('[data-testid="warning-risk"]')?.textContent ?? '',
    };
  }, id);
}

/** Firefox missing: the reason, else null. */
export function firefoxMissing(): string | null {
  return fs.existsSync(FIREFOX_PATH) ? null : `Firefox was not found at ${FIREFOX_PATH} (install Debian's firefox-esr, or set FIREFOX_PATH)`;
}
