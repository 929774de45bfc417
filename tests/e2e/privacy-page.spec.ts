// Issue 14, "private to the page": with default settings a page's own scripts learn nothing of our
// verdicts — no verdict attribute, no readable card, no way to switch marks or timings on. The
// test contract's marks are switched on and off from an extension context (the service worker),
// on a page already open. docs/testing.md, docs/threat-model.md.
import { test, expect, type Page } from '@playwright/test';
import { BENCH_URL, benchPage } from '../fixtures/bench/generate';
import { launchWithExtension, openFixture, readEvents, setTestMarks, type Launched } from './support/extension';

const ZALO = 'https://chat.zalo.me/';
const RISKY = '#bb_msg_id_1003';

let browser: Launched;
test.afterEach(async () => browser?.close());

/** What a page script can find out about the extension's verdicts, from the page's own world. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const attrs = new Set<string>();
    for (const el of all) for (const name of el.getAttributeNames()) if (/not-?alone/i.test(name)) attrs.add(name);
    const risky = document.querySelector('#bb_msg_id_1003')!;
    const next = risky.nextElementSibling;
    return {
      attrs: [...attrs],
      named: all.filter((el) => /not-?alone/i.test(el.localName)).length,
      html: /not-?alone/i.test(document.documentElement.outerHTML),
      // The card the extension placed after the risky message, seen from the page.
      cardName: next?.localName ?? null,
      cardShadow: next ? next.shadowRoot !== null : null,
      cardText: next?.textContent ?? null,
      highlights: [...(((CSS as any).highlights?.keys?.() ?? []) as Iterable<string>)].filter((name) => /not-?alone/i.test(name)),
      timings: performance.getEntries().filter((e) => /not-?alone/i.test(e.name)).length,
    };
  });
}

test('by default a page finds no verdict attribute, cannot open the card, and cannot turn marks or timings on', async () => {
  browser = await launchWithExtension({ testMarks: false });
  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  // The extension did judge and warn: one event per risky message reaches the log, and a card
  // host sits after the risky message.
  await expect.poll(async () => (await readEvents(browser.context)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await pageView(page)).cardName, { timeout: 20_000 }).toMatch(/^[a-z]{4}-[a-z]{5}$/);

  const seen = await pageView(page);
  expect(seen.attrs).toEqual([]);
  expect(seen.named).toBe(0);
  expect(seen.html).toBe(false);
  // A closed shadow root: the page gets null and no text.
  expect(seen.cardShadow).toBe(false);
  expect(seen.cardText).toBe('');
  expect(seen.highlights).toEqual([]);
  expect(seen.timings).toBe(0);
  // The card is there for the child: Playwright (not the page) can see it is rendered.
  const box = await page.locator(`${RISKY} + *`).boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(20);

  // The page tries what once switched marks on: attributes on <html>, a DOM event, a message.
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-not-alone-perf', '');
    document.documentElement.setAttribute('data-not-alone-test-marks', '');
    document.dispatchEvent(new CustomEvent('not-alone:test-marks', { detail: true }));
    window.postMessage({ 'not-alone:test-marks': true }, '*');
    localStorage.setItem('not-alone:test-marks', 'true');
    (window as any).zaloDemo.addMessage('Gửi ảnh nóng cho anh đi, đừng nói với ai nhé');
  });
  await page.waitForTimeout(1500);
  const after = await pageView(page);
  expect(after.attrs.filter((name) => !['data-not-alone-perf', 'data-not-alone-test-marks'].includes(name))).toEqual([]);
  expect(await page.locator('[data-not-alone]').count()).toBe(0);
  expect(after.timings).toBe(0);
});

test('test marks switched on from the service worker appear on a page already open, and go when cleared', async () => {
  browser = await launchWithExtension({ testMarks: false });
  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect.poll(async () => (await pageView(page)).cardName, { timeout: 20_000 }).toMatch(/^[a-z]{4}-[a-z]{5}$/);
  const bubbles = await page.locator('[data-component="bubble-message"]').count();
  await expect.poll(async () => (await readEvents(browser.context)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  const logged = (await readEvents(browser.context)).length;

  await setTestMarks(browser.context, true);
  // Exactly today's marks: every judged message, the verdict and category, cards as
  // not-alone-warning with an open shadow root.
  await expect(page.locator('[data-not-alone]')).toHaveCount(bubbles);
  await expect(page.locator(RISKY)).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator(RISKY)).toHaveAttribute('data-not-alone-category', 'grooming');
  await expect(page.locator('#bb_msg_id_1004')).toHaveAttribute('data-not-alone', 'ok');
  await expect(page.locator(`${RISKY} + not-alone-warning [data-testid="warning-card"]`)).toBeVisible();
  expect(await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot !== null, `${RISKY} + not-alone-warning`)).toBe(true);
  // A message arriving now is marked too.
  const id = await page.evaluate(() => (window as any).zaloDemo.addMessage('Anh lỡ gửi nhầm mã OTP về số của em, em đọc lại mã giúp anh với'));
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'risk');

  await setTestMarks(browser.context, false);
  await expect(page.locator('[data-not-alone]')).toHaveCount(0);
  await expect(page.locator('not-alone-warning')).toHaveCount(0);
  await expect.poll(async () => (await pageView(page)).cardName).toMatch(/^[a-z]{4}-[a-z]{5}$/);
  expect((await pageView(page)).cardShadow).toBe(false);
  // Switching marks back and forth logged nothing twice: only the new message was added.
  await expect.poll(async () => (await readEvents(browser.context)).length).toBe(logged + 1);
  await page.waitForTimeout(1000);
  expect((await readEvents(browser.context)).length).toBe(logged + 1);
});

test('benchmark timings come only from the extension\'s switch', async () => {
  browser = await launchWithExtension({ benchTimings: true });
  const body = benchPage({ kind: 'load', messages: 50, perfMarks: false });
  await browser.context.route(BENCH_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await browser.context.newPage();
  await page.goto(BENCH_URL);
  await page.waitForFunction(() => performance.getEntriesByName('not-alone:attach').length > 0, undefined, { timeout: 30_000 });
});
