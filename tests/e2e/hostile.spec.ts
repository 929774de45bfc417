// Issue 8, "hostile pages": a Zalo page whose messages carry script/HTML payloads as text, whose
// stylesheet tries to hide the warning and whose scripts try to reach the extension.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_ID, ROOT, launchWithExtension, readEvents, type Launched } from './support/extension';

const HOSTILE_URL = 'https://chat.zalo.me/hostile';
const FIXTURE = path.join(ROOT, 'tests/fixtures/hostile/zalo-hostile.html');
const RISKY = ['#bb_msg_id_6001', '#bb_msg_id_6002', '#bb_msg_id_6003'];

// A fresh Chromium per test; generous for a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

let browser: Launched;
test.afterEach(async () => browser?.close());

async function openHostile(context: BrowserContext): Promise<Page> {
  const body = fs.readFileSync(FIXTURE);
  await context.route(HOSTILE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(HOSTILE_URL);
  for (const id of RISKY) await expect(page.locator(id)).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
  await expect(page.locator('#bb_msg_id_6004')).toHaveAttribute('data-not-alone', 'ok');
  return page;
}

/** Elements that markup injection would have created inside the warning cards. */
async function markupInCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('not-alone-warning')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('img, script, svg, iframe, object, embed, a[href^="javascript"]') ?? [])].map((el) => el.outerHTML),
    ),
  );
}

test('script and HTML payloads in messages stay text: nothing runs, on the page or in the evidence kit', async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const page = await openHostile(context);
  await expect(page.locator('not-alone-warning')).toHaveCount(RISKY.length);

  // The child saves two of the hostile messages as evidence.
  for (const id of ['#bb_msg_id_6001', '#bb_msg_id_6003']) {
    const card = page.locator(`${id} + not-alone-warning`);
    const compact = card.getByTestId('warning-compact-show');
    if (await compact.isVisible()) await compact.click();
    // "Save evidence" sits under "What can I do?".
    await card.getByTestId('warning-more-tips').click();
    await card.getByTestId('warning-save').click();
    await expect(card.getByTestId('warning-open-evidence')).toBeVisible();
  }
  expect(await markupInCards(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { pwned: string[] }).pwned)).toEqual([]);

  // The evidence page shows the payloads as the literal text the child received.
  const refused: string[] = [];
  const evidence = await context.newPage();
  evidence.on('console', (message) => {
    if (/Refused|Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await evidence.goto(`chrome-extension://${EXTENSION_ID}/evidence.html`);
  const messages = evidence.getByTestId('evidence-message');
  await expect(messages).toHaveCount(2);
  const texts = await messages.allTextContents();
  expect(texts.join('\n')).toContain(`<img src=x onerror="hostilePwned('img')">`);
  expect(texts.join('\n')).toContain(`<svg onload="hostilePwned('svg')"></svg>`);
  expect(texts.join('\n')).toContain("${hostilePwned('template')}");
  await expect(evidence.getByTestId('evidence-sender').first()).toContainText('<img src=x onerror="hostilePwned(\'sender\')">Anh Tuấn');
  expect(await evidence.locator('main img, main svg, main iframe, main script, [onerror], [onload]').count()).toBe(0);
  expect(await evidence.locator('img[src="x"], svg[onload], iframe[srcdoc]').count()).toBe(0);
  // Surrounding messages (saved as context) are text too.
  await expect(evidence.getByTestId('evidence-chat').first()).toContainText('<script>hostilePwned(\'script\')</script>');
  expect(refused).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { pwned: string[] }).pwned)).toEqual([]);
});

test("the page's stylesheet cannot hide, shrink, move or cover the warning", async () => {
  browser = await launchWithExtension();
  const page = await openHostile(browser.context);
  for (const id of RISKY) {
    const host = page.locator(`${id} + not-alone-warning`);
    await expect(host).toHaveCount(1);
    const card = host.locator('[data-testid="warning-card"], [data-testid="warning-compact"]').first();
    await expect(card).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    const box = await card.boundingBox();
    expect(box, `${id}: the card has a box`).not.toBeNull();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(20);
    const style = await host.evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, visibility: s.visibility, opacity: s.opacity, position: s.position, transform: s.transform, clipPath: s.clipPath };
    });
    expect(style).toEqual({ display: 'block', visibility: 'visible', opacity: '1', position: 'static', transform: 'none', clipPath: 'none' });
    // What the child sees at the card's centre is the card, not something the page put on top.
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('not-alone-warning') !== null,
      { x: box!.x + box!.width / 2, y: box!.y + Math.min(box!.height / 2, 10) },
    );
    expect(onTop, `${id}: the card is on top at its centre`).toBe(true);
    // Its text is readable: not zero-sized, not transparent.
    const text = await card.evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: parseFloat(s.fontSize), color: s.color, text: el.textContent ?? '' };
    });
    expect(text.fontSize).toBeGreaterThan(8);
    expect(text.color).not.toBe('rgba(0, 0, 0, 0)');
    expect(text.text.length).toBeGreaterThan(10);
  }
});

test("page scripts cannot reach the extension's APIs, storage or state", async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const page = await openHostile(context);
  const probe = await page.evaluate(() => (window as unknown as { hostileProbe(): Promise<Record<string, unknown>> }).hostileProbe());
  expect(probe).toEqual({
    browserGlobal: 'undefined',
    chromeRuntimeId: expect.stringMatching(/^(none|undefined)$/),
    chromeStorage: 'none',
    extensionGlobals: [],
    sendMessage: 'refused',
    databases: expect.not.arrayContaining(['not-alone']),
    packagedFile: 'blocked',
  });
  // Only the three real warnings were logged; the page's attempt added nothing.
  await expect.poll(async () => (await readEvents(context)).length).toBe(RISKY.length);
});

test("a page cannot switch protection off by faking WXT's 'newer content script started' event", async () => {
  browser = await launchWithExtension();
  const page = await openHostile(browser.context);
  // WXT stops an older copy of a content script when a newer one announces itself with a DOM
  // event on `document`; the event's name is predictable from the extension id.
  await page.evaluate((id) => {
    for (const name of [`${id}:chat:wxt:content-script-started`, `${id}:content:wxt:content-script-started`]) {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'chat', messageId: 'hostile' } }));
      window.postMessage({ type: name, contentScriptName: 'chat', messageId: 'hostile' }, '*');
    }
  }, EXTENSION_ID);
  await page.waitForTimeout(300);
  // The warnings already shown stay, and a new risky message still gets one.
  await expect(page.locator('not-alone-warning')).toHaveCount(RISKY.length);
  const id = await page.evaluate(() =>
    (window as unknown as { zaloDemo: { addMessage(text: string): string } }).zaloDemo.addMessage('Gửi mã OTP vừa nhận cho anh để anh nạp quà cho em nhé'),
  );
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator(`#${id} + not-alone-warning`)).toHaveCount(1);
});
