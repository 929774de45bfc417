// The page-side performance properties that can be checked without a clock (issue 9): a live
// burst is judged exactly once per message with a bounded queue, a virtualised list scrolled back
// and forth is never re-judged, a long history is judged only where it is on screen, and a page
// cannot switch the benchmark marks on (only the extension can, from its service worker). Timings live in `npm run bench` (docs/performance.md).
import { test, expect, type Page } from '@playwright/test';
import { BENCH_URL, benchPage, generateMessages, type BenchPageOptions } from '../fixtures/bench/generate';
import { launchWithExtension, type Launched } from './support/extension';

// Mirrors of the scanner's constants (lib/scan/page-scanner.ts), kept here to avoid importing
// extension code into the Playwright process.
const MAX_PENDING = 20000;

let browser: Launched;
// A loaded 2-core machine runs a few hundred frames slowly; the checks themselves do not time anything.
test.describe.configure({ timeout: 120_000 });
test.afterEach(async () => browser?.close());

/**
 * The bench page in the visible tab (launchWithExtension closes the welcome tab the extension opens
 * on install; a hidden tab runs almost no frames: no rAF, IntersectionObserver late).
 */
async function openBench(options: BenchPageOptions): Promise<Page> {
  browser = await launchWithExtension({ benchTimings: options.perfMarks !== false });
  const body = benchPage(options);
  await browser.context.route(BENCH_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await browser.context.newPage();
  await page.goto(BENCH_URL);
  expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
  if (options.perfMarks !== false) await page.waitForFunction(() => performance.getEntriesByName('not-alone:attach').length > 0);
  return page;
}

/** How many times each message key was judged, from the scanner's benchmark marks. */
function judgedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('mark')) {
      if (!entry.name.startsWith('not-alone:judged:')) continue;
      for (const key of entry.name.slice('not-alone:judged:'.length).split(' ')) counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  });
}

function maxQueued(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...performance.getEntriesByType('mark').filter((e) => e.name.startsWith('not-alone:queue:')).map((e) => Number(e.name.split(':')[2]))),
  );
}

const keyOf = (rowId: string) => `discord:${rowId.replace('chat-messages-', '')}`;

test('a live-chat burst: every message judged exactly once, the queue stays small, risky rows warned', async () => {
  const page = await openBench({ kind: 'burst', messages: 600 });
  const sent: string[] = await page.evaluate(() => (window as any).bench.burst(200, 3));
  expect(sent).toHaveLength(600);

  await expect.poll(async () => Object.keys(await judgedCounts(page)).length, { timeout: 30_000 }).toBe(sent.length);
  const counts = await judgedCounts(page);
  for (const id of sent) expect(counts[keyOf(id)], id).toBe(1);
  const queued = await maxQueued(page);
  expect(queued).toBeLessThan(sent.length);
  expect(queued).toBeLessThan(MAX_PENDING);

  // Every row still on the page carries its mark; the risky ones among them have a card.
  const rows = page.locator('ol[data-list-id="chat-messages"] > li');
  await expect(page.locator('li[data-not-alone]')).toHaveCount(await rows.count());
  const risky = await page.locator('li[data-not-alone="risk"]').count();
  expect(risky).toBeGreaterThan(0);
  await expect(page.locator('li[data-not-alone="risk"] + not-alone-warning')).toHaveCount(risky);
});

test('a virtualised list scrolled back and forth: nothing is judged twice, warnings come back with their rows', async () => {
  const messages = 600;
  const page = await openBench({ kind: 'virtual', messages });
  await page.evaluate(() => (window as any).bench.sweep(1));
  await expect.poll(async () => Object.keys(await judgedCounts(page)).length).toBeGreaterThan(0);
  const afterFirst = await judgedCounts(page);
  await page.evaluate(() => (window as any).bench.sweep(1));
  // Let any late slice run, then compare.
  await page.waitForFunction(() => document.querySelectorAll('li:not([data-not-alone])').length === 0);
  const afterMore = await judgedCounts(page);
  for (const [key, n] of Object.entries(afterMore)) expect(n, key).toBe(1);
  for (const key of Object.keys(afterFirst)) expect(afterMore[key]).toBe(1);

  // Scroll a risky message (re-created by the page) into view: marked and warned again.
  const data = generateMessages(messages);
  const index = data.findIndex((m) => m.risky);
  await page.evaluate((index) => {
    const scroller = document.querySelector('[role="group"]')!;
    scroller.scrollTop = index * (window as any).bench.config.rowPx - 100;
  }, index);
  const row = `li[id$="-${data[index]!.id}"]`;
  await expect(page.locator(row)).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator(`${row} + not-alone-warning`)).toHaveCount(1);
  expect(Object.values(await judgedCounts(page)).every((n) => n === 1)).toBe(true);
});

test('5,000 messages at once: only what is on screen is judged, and it is all marked', async () => {
  const page = await openBench({ kind: 'load', messages: 5000 });
  await expect(page.locator('li[data-not-alone]').first()).toBeAttached({ timeout: 30_000 });
  // The newest rows are on screen (the chat opens at the bottom).
  const last = page.locator('ol[data-list-id="chat-messages"] > li').last();
  await expect(last).toHaveAttribute('data-not-alone', /^(ok|risk)$/);
  const judged = Object.keys(await judgedCounts(page)).length;
  expect(judged).toBeGreaterThan(0);
  expect(judged).toBeLessThan(200);
  await expect(page.locator('li[data-not-alone]')).toHaveCount(judged);
  // Scrolling to the top judges the rows that come into view, once each.
  await page.evaluate(() => (document.querySelector('[role="group"]')!.scrollTop = 0));
  await expect(page.locator('ol[data-list-id="chat-messages"] > li').first()).toHaveAttribute('data-not-alone', /^(ok|risk)$/);
  expect(Object.values(await judgedCounts(page)).every((n) => n === 1)).toBe(true);
});

test('a page cannot switch the benchmark marks on: without the extension\'s switch it gets none', async () => {
  // The page asks for them (data-not-alone-perf on <html>, which once switched them on); the
  // extension's own switch is off.
  browser = await launchWithExtension();
  const body = benchPage({ kind: 'load', messages: 200, perfMarks: true });
  await browser.context.route(BENCH_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await browser.context.newPage();
  await page.goto(BENCH_URL);
  await expect(page.locator('li[data-not-alone]').first()).toBeAttached({ timeout: 30_000 });
  const marks = await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('not-alone:')).length);
  expect(marks).toBe(0);
});

