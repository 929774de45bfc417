// Issue 8: a page that floods the DOM (100,000 nodes, a 1 MB message, thousands of mutations per
// second, a virtualised list churning through thousands of messages) neither freezes the tab nor
// grows the extension's memory without bound. Bounds are generous (a loaded 2-core machine):
// they catch a frozen tab or unbounded growth, not a few milliseconds.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launchWithExtension, type Launched } from './support/extension';

const FLOOD_URL = 'https://chat.zalo.me/flood';
/** The same page at an address the extension does not run on: the page's own cost. */
const BASELINE_URL = 'https://flood-baseline.example/flood';
const FIXTURE = path.join(ROOT, 'tests/fixtures/hostile/zalo-flood.html');
/**
 * With the extension, frame gaps may be at most this many times the same flood's gaps without it,
 * plus a slack for a loaded machine: a frozen tab (seconds) fails, a few milliseconds do not.
 */
const GAP_RATIO = 3;
const MAX_GAP_SLACK_MS = 1000;
const MEDIAN_GAP_SLACK_MS = 50;

interface ProbeResult {
  frames: number;
  medianGap: number;
  p95Gap: number;
  maxGap: number;
  longTasks: number;
  longestTask: number;
}

// A fresh Chromium per test; generous for a loaded 2-core machine.
test.describe.configure({ timeout: 300_000 });

let browser: Launched;
test.afterEach(async () => browser?.close());

async function open(context: BrowserContext, url: string): Promise<Page> {
  const body = fs.readFileSync(FIXTURE);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => (window as any).flood.addMany(1, 1));
  // Protection is running on the chat page: a first risky message is marked.
  if (url === FLOOD_URL) await expect(page.locator('[data-not-alone="risk"]')).toHaveCount(1, { timeout: 30_000 });
  return page;
}

const startProbe = (page: Page) => page.evaluate(() => (window as any).frameProbe.start());
const stopProbe = (page: Page): Promise<ProbeResult> => page.evaluate(() => (window as any).frameProbe.stop());

interface Flood {
  /** Not measured: the page's own work (inserting and laying out its nodes) is its cost. */
  inject?(page: Page): Promise<unknown>;
  /** Measured: what happens next, while the extension (where it runs) works through the flood. */
  settle(page: Page, protectedPage: boolean): Promise<void>;
}

/** Run the same flood on a page without the extension, then with it, and compare frame gaps. */
async function compareWithBaseline(context: BrowserContext, what: string, flood: Flood, options: { duringOnly?: boolean } = {}): Promise<Page> {
  const results: ProbeResult[] = [];
  let page: Page | null = null;
  for (const url of [BASELINE_URL, FLOOD_URL]) {
    const target = await open(context, url);
    await flood.inject?.(target);
    await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await startProbe(target);
    await flood.settle(target, url === FLOOD_URL);
    results.push(await stopProbe(target));
    if (url === FLOOD_URL) page = target;
    else await target.close();
  }
  const [without, withExtension] = results as [ProbeResult, ProbeResult];
  console.log(`[flood] ${what}: without the extension ${JSON.stringify(without)}; with it ${JSON.stringify(withExtension)}`);
  // Reported, not asserted: the first pass over a huge backlog (see the caller's own check).
  if (options.duringOnly) return page!;
  expect(withExtension.frames, `${what}: frames kept coming`).toBeGreaterThan(5);
  expect(withExtension.maxGap, `${what}: longest frame gap`).toBeLessThan(without.maxGap * GAP_RATIO + MAX_GAP_SLACK_MS);
  expect(withExtension.medianGap, `${what}: median frame gap`).toBeLessThan(without.medianGap * GAP_RATIO + MEDIAN_GAP_SLACK_MS);
  return page!;
}

test('100,000 nodes at once: the tab keeps its frames and only what is on screen is judged', async () => {
  browser = await launchWithExtension();
  const page = await compareWithBaseline(browser.context, '100,000 nodes', {
    async inject(target) {
      const added = await target.evaluate(() => (window as any).flood.addMany(10_100, 400) as number);
      expect(added).toBeGreaterThanOrEqual(100_000);
    },
    async settle(target, protectedPage) {
      // The messages on screen get judged; then the backlog below the fold is worked through.
      if (protectedPage) await expect.poll(() => target.locator('[data-not-alone]').count(), { timeout: 60_000 }).toBeGreaterThan(5);
      await target.waitForTimeout(3000);
    },
  }, { duringOnly: true });
  // Once the backlog is worked through, the tab is smooth again (2-second windows, up to a minute).
  const recoveredAt = Date.now();
  let after: ProbeResult | null = null;
  for (let window = 0; window < 30; window++) {
    await startProbe(page);
    await page.waitForTimeout(2000);
    after = await stopProbe(page);
    if (after.frames > 20 && after.medianGap < MEDIAN_GAP_SLACK_MS) break;
  }
  console.log(`[flood] 100,000 nodes, smooth again after ${Date.now() - recoveredAt} ms more: ${JSON.stringify(after)}`);
  expect(after!.frames).toBeGreaterThan(20);
  expect(after!.medianGap).toBeLessThan(MEDIAN_GAP_SLACK_MS);
  // ...and not the thousands below the fold.
  const judged = await page.locator('[data-not-alone]').count();
  console.log(`[flood] judged after 100,000 nodes: ${judged} of 10,101 messages`);
  expect(judged).toBeLessThan(10_101 / 2);
  // Still protecting: a new risky message arriving now is flagged.
  await page.evaluate(() => (window as any).flood.clear());
  await page.evaluate(() => (window as any).flood.addMany(3, 1));
  await expect(page.locator('[data-not-alone="risk"]')).toHaveCount(3);
});

test('a 1 MB message is judged (cut to the documented maximum) without freezing the tab', async () => {
  browser = await launchWithExtension();
  let id = '';
  await compareWithBaseline(browser.context, '1 MB message', {
    async inject(target) {
      id = await target.evaluate(() => (window as any).flood.addHuge(1_000_000) as string);
    },
    async settle(target, protectedPage) {
      if (protectedPage) {
        await expect(target.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
        await expect(target.locator(`#${id} + not-alone-warning`)).toHaveCount(1);
      }
      await target.waitForTimeout(1500);
    },
  });
});

test('thousands of text mutations per second: the tab stays responsive and the final text is judged', async () => {
  browser = await launchWithExtension();
  await compareWithBaseline(browser.context, 'mutation storm', {
    async settle(target, protectedPage) {
      const { id, count } = await target.evaluate(() =>
        (window as any).flood.mutateFast(3000, 25, 'Gửi mã OTP vừa nhận cho anh để anh nạp quà cho em nhé') as Promise<{ id: string; count: number }>,
      );
      console.log(`[flood] ${count} text mutations in 3 s`);
      expect(count).toBeGreaterThan(3000);
      // The message was first judged on its typing text, then again on its final, risky text.
      if (protectedPage) await expect(target.locator(`#${id}`)).toHaveAttribute('data-not-alone', 'risk', { timeout: 30_000 });
      await target.waitForTimeout(500);
    },
  });
});

test("a virtualised list churning through 20,000 messages does not grow the extension's memory without bound", async () => {
  browser = await launchWithExtension();
  const page = await open(browser.context, FLOOD_URL);
  const cdp = await browser.context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  };
  const churn = (total: number) => page.evaluate((n) => (window as any).flood.churn(n, 200, 250), total);
  const marked = () => page.locator('[data-not-alone]').count();

  // Warm up past the scanner's memory of verdicts (MAX_SEEN_MESSAGES = 5,000).
  await churn(5000);
  await expect.poll(marked, { timeout: 30_000 }).toBeGreaterThan(5);
  const afterWarmup = await heap();
  await churn(15_000);
  await expect.poll(marked, { timeout: 30_000 }).toBeGreaterThan(5);
  const afterChurn = await heap();
  const growthMb = afterChurn - afterWarmup;
  console.log(`[flood] heap after 5,000 messages ${afterWarmup.toFixed(1)} MB, after 20,000 ${afterChurn.toFixed(1)} MB (+${growthMb.toFixed(1)} MB)`);
  // Unbounded memory of 15,000 more messages (keys, verdicts, elements) would add well over this.
  expect(growthMb).toBeLessThan(8);
});
