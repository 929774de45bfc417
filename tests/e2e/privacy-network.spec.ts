// Issue 8, "nothing leaves the device": every request made during a full run over all fixture
// pages and all extension pages is recorded, with who made it. Only the pages' own requests and
// loads of files inside the extension package are allowed; anything started by the service
// worker, an extension page or a content script fails the test.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_FIXTURES } from '../fixtures/sites/index';
import { EXTENSION_ID, EXT_DIR, launchWithExtension, serveFixture, serviceWorker, type Launched } from './support/extension';
import { NetworkRecorder } from './support/privacy-network';

// A fresh Chromium per test; generous for a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

let browser: Launched;
test.afterEach(async () => browser?.close());

/** The extension's own pages, read from the built manifest and output folder. */
function extensionPages(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'manifest.json'), 'utf8')) as {
    options_ui?: { page?: string };
    action?: { default_popup?: string };
  };
  const pages = new Set<string>();
  if (manifest.options_ui?.page) pages.add(manifest.options_ui.page);
  if (manifest.action?.default_popup) pages.add(manifest.action.default_popup);
  for (const file of fs.readdirSync(EXT_DIR)) if (file.endsWith('.html')) pages.add(file);
  return [...pages].sort();
}

/**
 * Wait until the content script has judged the page (or the page has no chat to judge), and,
 * where a message was judged risky, until its card is up: the warning UI is a second script the
 * worker injects on the first warning, so risky marks and cards come a moment after the others.
 */
async function waitForScan(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-not-alone]').count(), { timeout: 10_000 })
    .toBeGreaterThan(0)
    .catch(() => undefined);
  // Risky verdicts are marked together with their card, once the warning UI has arrived.
  const risky = await expect
    .poll(() => page.locator('[data-not-alone="risk"]').count(), { timeout: 5_000 })
    .toBeGreaterThan(0)
    .then(() => true, () => false);
  if (!risky) return;
  await expect
    .poll(() => page.locator('not-alone-warning').count(), { timeout: 10_000 })
    .toBeGreaterThan(0)
    .catch(() => undefined);
}

/** Cards per page whose buttons are all pressed (every card's event is logged anyway). */
const CARDS_EXERCISED = 2;

/** Use the warning cards' buttons, so the worker writes events, evidence and answers. */
async function exerciseCards(page: Page): Promise<number> {
  const cards = page.locator('not-alone-warning');
  const count = await cards.count();
  for (let i = 0; i < Math.min(count, CARDS_EXERCISED); i++) {
    const card = cards.nth(i);
    for (const id of ['warning-compact-show', 'warning-why-toggle', 'warning-help-toggle', 'warning-more-tips', 'warning-save']) {
      const button = card.getByTestId(id);
      if (await button.isVisible().catch(() => false)) await button.click().catch(() => undefined);
    }
  }
  const ok = cards.first().getByTestId('warning-ok');
  if (await ok.isVisible().catch(() => false)) await ok.click().catch(() => undefined);
  const dismiss = cards.last().getByTestId('warning-dismiss');
  if (await dismiss.isVisible().catch(() => false)) await dismiss.click().catch(() => undefined);
  return count;
}

/** Click what a parent would click on an extension page (tabs, disclosures), not destructive ones. */
async function exerciseExtensionPage(page: Page): Promise<void> {
  for (const id of ['tab-activity', 'tab-settings', 'choose-parent', 'popup-activity']) {
    const control = page.getByTestId(id);
    if (await control.first().isVisible().catch(() => false)) await control.first().click().catch(() => undefined);
  }
  for (const summary of await page.locator('summary').all()) await summary.click().catch(() => undefined);
}

test('no extension context makes a network request during a full run over every fixture and extension page', async () => {
  // One pass over every fixture (the list grows with the sites) and every extension page.
  test.setTimeout(120_000 + SITE_FIXTURES.length * 45_000);
  browser = await launchWithExtension();
  const { context } = browser;
  const recorder = new NetworkRecorder(context);
  const worker = await serviceWorker(context);
  expect(SITE_FIXTURES.length).toBeGreaterThan(0);

  let cardsSeen = 0;
  for (const fixture of SITE_FIXTURES) {
    await serveFixture(context, fixture.url, fixture.file);
    const page = await recorder.open(fixture.url);
    await waitForScan(page);
    cardsSeen += await exerciseCards(page);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.close();
  }
  expect(cardsSeen, 'the fixtures show warnings, so the worker is exercised').toBeGreaterThan(0);

  const pages = extensionPages();
  expect(pages).toEqual(expect.arrayContaining(['options.html', 'popup.html']));
  for (const file of pages) {
    const page = await recorder.open(`chrome-extension://${EXTENSION_ID}/${file}`);
    await page.waitForLoadState('networkidle');
    await exerciseExtensionPage(page);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.close();
  }
  // The worker is still the one that ran the whole time (requests are attributed to it).
  expect(worker.url()).toBe(`chrome-extension://${EXTENSION_ID}/background.js`);

  const offending = await recorder.offending(EXTENSION_ID);
  expect(offending).toEqual([]);
  expect(recorder.webSockets).toEqual([]);
  // The run did load pages and packaged files, so the recorder was listening.
  expect(recorder.requests.filter((r) => r.by === 'page').length).toBeGreaterThanOrEqual(SITE_FIXTURES.length);
  expect(recorder.requests.some((r) => r.url.startsWith(`chrome-extension://${EXTENSION_ID}/`))).toBe(true);
});

test('the recorder catches requests from the service worker, an extension page and a content-script world', async () => {
  // Control for the test above: a request made from each extension context IS reported, so an
  // empty list there means no request, not a deaf recorder.
  browser = await launchWithExtension();
  const { context } = browser;
  const recorder = new NetworkRecorder(context);
  const worker = await serviceWorker(context);
  await worker.evaluate(() => fetch('https://example.com/from-worker').catch(() => undefined));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.evaluate(() => fetch('https://example.com/from-options').catch(() => undefined));

  const fixture = SITE_FIXTURES[0]!;
  const origin = new URL(fixture.url).origin;
  // A script of the page's own, at the page's origin.
  await context.route(`${origin}/privacy-own-script.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "fetch('/page-own-request').catch(() => undefined);" }),
  );
  await context.route(`${origin}/privacy-control`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>control</p><script src="/privacy-own-script.js"></script>' }),
  );
  // The page's own request is allowed...
  const page = await recorder.open(`${origin}/privacy-control`);
  await expect.poll(() => recorder.requests.some((r) => r.url.endsWith('/page-own-request'))).toBe(true);
  // ...one started in the extension's isolated world is not.
  await evaluateInExtensionWorld(page, "fetch('https://example.com/from-content-script').catch(() => undefined)");

  await expect
    .poll(async () => (await recorder.offending(EXTENSION_ID)).map((r) => `${r.by === 'unknown' ? 'content-script' : r.by} ${r.url}`).sort())
    .toEqual([
      'content-script https://example.com/from-content-script',
      'extension-page https://example.com/from-options',
      'service-worker https://example.com/from-worker',
    ]);
  expect(recorder.requests.find((r) => r.url.endsWith('/page-own-request'))?.by).toBe('page');
  expect(recorder.requests.find((r) => r.url === `${origin}/privacy-control`)?.by).toBe('page');
});

/** Run code in the content script's isolated world of the page's main frame (through CDP). */
async function evaluateInExtensionWorld(page: Page, expression: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))
    ?? contexts.find((c) => c.auxData?.type === 'isolated');
  if (!world) throw new Error(`No isolated world on ${page.url()}: ${JSON.stringify(contexts)}`);
  await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true });
  await cdp.detach();
}
