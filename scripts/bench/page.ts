// The page half of `npm run bench`: the built extension in Debian's Chromium on generated
// Discord-shaped pages (tests/fixtures/bench/generate.ts), each scenario run in a browser WITH
// the extension and in one WITHOUT it, in the same run, several runs, medians reported. The bench
// switches on the extension's test marks and benchmark timings from its service worker
// (lib/contract/test-marks.ts): a page cannot.
//
// How time is attributed: the V8 sampling profiler (CDP Profiler, 100 µs) runs over each
// scenario; a sample whose stack holds a chrome-extension:// frame is the extension's, one with
// the page's https:// frames is the page's. "Longest extension task" is the longest unbroken run
// of extension samples (an upper bound: two back-to-back slices count as one). The scanner also
// writes User Timing measures while the bench switched them on (lib/scan/perf-marks.ts): each slice's
// duration, each message judged (by key), the queue's high-water mark. Long tasks come from the
// page's own PerformanceObserver('longtask'); heap from CDP after a forced GC.
//
// Usage: tsx scripts/bench/page.ts [--json] [--runs N] [--only load,burst,virtual], or
// `npm run --silent bench -- --page-only [--json]` (scripts/bench.ts; BENCH_PAGE_RUNS=N for N runs).
// BENCH_EXT_DIR=<built chrome-mv3 dir> skips the build (default: builds into .output-bench).
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_TIMINGS_KEY, TEST_MARKS_KEY } from '../../lib/contract/test-marks';
import { BENCH_IDLE_URL, BENCH_URL, benchPage, generateMessages, type BenchKind } from '../../tests/fixtures/bench/generate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BENCH_OUT_DIR = '.output-bench';

/** Messages on the page loaded at once (issue 9). */
export const LOAD_MESSAGES = 5000;
/** Live-chat burst: messages per second, for this many seconds (issue 9). */
export const BURST_RATE = 200;
export const BURST_SECONDS = 10;
/** Messages inserted one by one into the open chat to time "marked" and "warned". */
export const LIVE_INSERTS = 16;
const LIVE_GAP_MS = 250;
/** Messages in the virtualised list, and how many times it is swept top↔bottom. */
export const VIRTUAL_MESSAGES = 2000;
export const VIRTUAL_SWEEPS = 3;
/** Time left for the page (and the extension) to settle after a load, in ms. */
const SETTLE_MS = 2500;
const SAMPLING_INTERVAL_US = 100;

const RISKY_LIVE = "you're cute, how old are you? add me on snap and don't tell your parents ok";
const BENIGN_LIVE = 'anyone up for a round of bedwars after school?';

export interface PageFigures {
  messages: number;
  /** Longest task in the page's main thread during the 5,000-message load, with the extension. */
  longestTaskMs: number;
  /** The same without the extension (same run). */
  longestTaskMsWithout: number;
  /** Longest unbroken stretch of extension script during the load (profiler; upper bound). */
  extensionLongestMs: number;
  /** Longest scanner slice (User Timing), load and burst. */
  sliceMaxMs: number;
  /** Extension main-thread script during the 5,000-message load (profiler attribution). */
  extensionScriptMs: number;
  /** The page's own script for the same load, in the run without the extension. */
  pageScriptMs: number;
  overheadRatio: number;
  /** Whole main thread (CDP TaskDuration) with minus without, same load. */
  mainThreadDeltaMs: number;
  /** Rules compiled + detector built (User Timing, first one on the page). */
  compileMs: number;
  /** Insert → `data-not-alone` set, p50 over LIVE_INSERTS messages. */
  liveMarkP50Ms: number;
  /** Insert → warning element in the page, p50 over the risky inserts. */
  liveWarnP50Ms: number;
  burstMessages: number;
  /** Seconds the page took to deliver the burst, with / without the extension. */
  burstSeconds: number;
  burstSecondsWithout: number;
  burstLongestTaskMs: number;
  burstLongestTaskMsWithout: number;
  burstExtensionScriptMs: number;
  /** Extension script per message of the burst (burstExtensionScriptMs / burstMessages): the cost of one new message. */
  burstPerMessageMs: number;
  burstExtensionLongestMs: number;
  /** Messages judged exactly once / more than once / never (of those sent in the burst). */
  burstScannedOnce: number;
  burstRescanned: number;
  burstMissed: number;
  burstMaxQueued: number;
  /** JS heap with minus without the extension, after the 5,000-message load and a GC. */
  heapDeltaMB: number;
  /** Heap after the last sweep minus after the first, virtualised list, with the extension. */
  scrollHeapGrowthMB: number;
  scrollHeapGrowthMBWithout: number;
  virtualMessagesJudged: number;
  virtualRejudged: number;
  runs: number;
}

export interface BundleFigures {
  contentScriptBytes: number;
  contentScriptGzipBytes: number;
  /** The warning UI script, injected only when a page shows its first warning (0 when absent). */
  warningUiGzipBytes: number;
}

interface Launched {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The same Chromium with and without the extension: only the extension flags differ. */
async function launch(extDir: string | null): Promise<Launched> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'not-alone-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en',
    viewport: { width: 1280, height: 720 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  if (extDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // From an extension context, as tests and independent checks do: marks and timings on.
    await worker.evaluate(
      (keys) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(Object.fromEntries(keys.map((k) => [k, true]))),
      [TEST_MARKS_KEY, BENCH_TIMINGS_KEY],
    );
    await closeWelcomeTab(context);
  }
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The extension opens its welcome page on install. Left open, it would be the visible tab and the
 * bench page a hidden one, where Chromium runs almost no frames (no rAF, late IntersectionObserver).
 */
async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  const deadline = Date.now() + 10_000;
  while (!context.pages().some(isWelcome) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const tab of context.pages().filter(isWelcome)) await tab.close();
}

/** Open a tab for a scenario, in front, and check that the page sees itself visible. */
async function frontPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.bringToFront();
  return page;
}

async function expectVisible(page: Page): Promise<void> {
  const state = await page.evaluate(() => document.visibilityState);
  if (state !== 'visible') throw new Error(`bench page is ${state}: its frames would be throttled`);
}

/** Serve the idle page and the bench page of `kind` (asking for User Timing marks) at the real URLs. */
async function servePages(context: BrowserContext, kind: BenchKind, messages: number): Promise<void> {
  const html = benchPage({ kind, messages, perfMarks: true });
  await context.unroute(BENCH_URL);
  await context.route(BENCH_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await context.route(BENCH_IDLE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Discord</title><p>Log in' }),
  );
}

// ---- CPU profile attribution -------------------------------------------------------------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
type SampleKind = 'extension' | 'page' | 'gc' | 'idle' | 'other';

export interface Attribution {
  extensionMs: number;
  pageMs: number;
  gcMs: number;
  /** Longest run of consecutive extension samples (GC inside the run counts), ms. */
  extensionLongestMs: number;
}

export function attribute(profile: CpuProfile): Attribution {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const kinds = new Map<number, SampleKind>();
  const kindOf = (id: number): SampleKind => {
    const known = kinds.get(id);
    if (known) return known;
    const leaf = byId.get(id)!.callFrame.functionName;
    let kind: SampleKind = leaf === '(idle)' ? 'idle' : leaf === '(garbage collector)' ? 'gc' : 'other';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)!.callFrame.url;
      if (url.startsWith('chrome-extension://')) {
        kind = 'extension';
        break;
      }
      if (url.startsWith('http')) kind = 'page';
    }
    kinds.set(id, kind);
    return kind;
  };
  const totals = { extension: 0, page: 0, gc: 0, idle: 0, other: 0 };
  let run = 0;
  let longest = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one.
    const us = timeDeltas[i + 1] ?? 0;
    const kind = kindOf(samples[i]!);
    totals[kind] += us;
    if (kind === 'extension' || (kind === 'gc' && run > 0)) run += us;
    else run = 0;
    if (run > longest) longest = run;
  }
  return { extensionMs: totals.extension / 1000, pageMs: totals.page / 1000, gcMs: totals.gc / 1000, extensionLongestMs: longest / 1000 };
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<Attribution> {
  const { profile } = await cdp.send('Profiler.stop');
  return attribute(profile as unknown as CpuProfile);
}

interface Metrics {
  JSHeapUsedSize: number;
  TaskDuration: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return { JSHeapUsedSize: value('JSHeapUsedSize'), TaskDuration: value('TaskDuration') };
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize / 2 ** 20;
}

// ---- In-page readings (page world) --------------------------------------------------------

interface PageReadings {
  longestTaskMs: number;
  sliceMaxMs: number;
  compileMs: number;
  judged: Record<string, number>;
  maxQueued: number;
  marked: number;
}

/** Long tasks since `since`, the scanner's User Timing entries, and marks in the DOM. */
function readPage(page: Page, since = 0): Promise<PageReadings> {
  return page.evaluate((since) => {
    const tasks = ((window as any).__benchLongTasks as Array<{ start: number; duration: number }>).filter((t) => t.start >= since);
    const entries = performance.getEntries().filter((e) => e.name.startsWith('not-alone:') && e.startTime >= since);
    const judged: Record<string, number> = {};
    let sliceMaxMs = 0;
    let compileMs = 0;
    let maxQueued = 0;
    for (const e of entries) {
      const [, what, ...rest] = e.name.split(':');
      if (what === 'slice') sliceMaxMs = Math.max(sliceMaxMs, e.duration);
      else if (what === 'compile' && !compileMs) compileMs = e.duration;
      else if (what === 'queue') maxQueued = Math.max(maxQueued, Number(rest[0]));
      else if (what === 'judged') {
        for (const key of rest.join(':').split(' ')) judged[key] = (judged[key] ?? 0) + 1;
      }
    }
    return {
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      sliceMaxMs,
      compileMs,
      judged,
      maxQueued,
      marked: document.querySelectorAll('[data-not-alone]').length,
    };
  }, since);
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** Until the scanner has attached to the chat list (its `not-alone:attach` mark). */
async function waitForAttach(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('not-alone:attach').length > 0, undefined, { timeout: 30_000 });
}

// ---- Scenarios -----------------------------------------------------------------------------

interface LoadResult {
  attribution: Attribution;
  taskMs: number;
  readings: PageReadings;
  heapMB: number;
  liveMarkMs: number[];
  liveWarnMs: number[];
}

/** 5,000 messages rendered at once; then messages inserted one by one into the open chat. */
async function loadScenario(context: BrowserContext, withExtension: boolean): Promise<LoadResult> {
  await servePages(context, 'load', LOAD_MESSAGES);
  const page = await frontPage(context);
  const cdp = await context.newCDPSession(page);
  // Start on the same site, so the profiler is already running when the chat page loads.
  await page.goto(BENCH_IDLE_URL);
  await page.waitForTimeout(500);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  await startProfiler(cdp);
  await page.goto(BENCH_URL);
  await expectVisible(page);
  await page.waitForTimeout(SETTLE_MS);
  if (withExtension) await waitForAttach(page);
  if (withExtension) await page.waitForSelector('[data-not-alone]', { timeout: 15_000 });
  const attribution = await stopProfiler(cdp);
  const after = await metrics(cdp);
  const readings = await readPage(page);
  const heap = await heapMB(cdp);

  // Live messages: time from insertion to the mark and to the warning, seen from the page.
  const liveMarkMs: number[] = [];
  const liveWarnMs: number[] = [];
  if (withExtension) {
    await page.evaluate(() => {
      const seen = ((window as any).__benchSeen = { marked: new Map<string, number>(), warned: new Map<string, number>() });
      new MutationObserver((records) => {
        const t = performance.now();
        for (const r of records) {
          if (r.type === 'attributes') {
            const id = (r.target as Element).id;
            if (!seen.marked.has(id)) seen.marked.set(id, t);
          } else {
            for (const node of r.addedNodes) {
              const prev = (node as Element).previousElementSibling;
              if ((node as Element).localName === 'not-alone-warning' && prev && !seen.warned.has(prev.id)) seen.warned.set(prev.id, t);
            }
          }
        }
      }).observe(document.querySelector('ol[data-list-id]')!, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-not-alone'] });
    });
    const ids: Array<{ id: string; risky: boolean }> = [];
    for (let i = 0; i < LIVE_INSERTS; i++) {
      const risky = i % 2 === 0;
      // Distinct texts: a repeated text is a new message too, but keep keys unambiguous.
      const text = `${risky ? RISKY_LIVE : BENIGN_LIVE} ${i}`;
      ids.push({ id: await page.evaluate((text) => (window as any).bench.add(text) as string, text), risky });
      await page.waitForTimeout(LIVE_GAP_MS);
    }
    await page.waitForTimeout(500);
    const times = await page.evaluate(() => {
      const { bench, __benchSeen: seen } = window as any;
      return [...bench.inserted].map(([id, t0]: [string, number]) => ({
        id,
        mark: seen.marked.has(id) ? seen.marked.get(id) - t0 : null,
        warn: seen.warned.has(id) ? seen.warned.get(id) - t0 : null,
      }));
    });
    for (const { id, risky } of ids) {
      const t = times.find((x) => x.id === id);
      if (t?.mark != null) liveMarkMs.push(t.mark);
      if (risky && t?.warn != null) liveWarnMs.push(t.warn);
    }
  }
  await page.close();
  return { attribution, taskMs: (after.TaskDuration - before.TaskDuration) * 1000, readings, heapMB: heap, liveMarkMs, liveWarnMs };
}

interface BurstResult {
  attribution: Attribution;
  readings: PageReadings;
  sent: string[];
  /** How long the page took to deliver the burst (BURST_SECONDS when the tab keeps up). */
  seconds: number;
}

/** Live chat: BURST_RATE messages/s for BURST_SECONDS into an open channel. */
async function burstScenario(context: BrowserContext, withExtension: boolean): Promise<BurstResult> {
  await servePages(context, 'burst', BURST_RATE * BURST_SECONDS);
  const page = await frontPage(context);
  const cdp = await context.newCDPSession(page);
  await page.goto(BENCH_URL);
  // An empty channel: the extension attaches to the list before the first message arrives.
  if (withExtension) await waitForAttach(page);
  await expectVisible(page);
  await page.waitForTimeout(1000);
  const since = await now(page);
  await startProfiler(cdp);
  const sent = await page.evaluate(([rate, seconds]) => (window as any).bench.burst(rate, seconds) as Promise<string[]>, [BURST_RATE, BURST_SECONDS]);
  await page.waitForTimeout(1500);
  const attribution = await stopProfiler(cdp);
  const readings = await readPage(page, since);
  const seconds = await page.evaluate(() => (window as any).bench.burstSeconds as number);
  await page.close();
  return { attribution, readings, sent, seconds };
}

interface VirtualResult {
  growthMB: number;
  judged: Record<string, number>;
}

/** A virtualised list swept top↔bottom: rows are destroyed and re-created on every pass. */
async function virtualScenario(context: BrowserContext, withExtension: boolean): Promise<VirtualResult> {
  await servePages(context, 'virtual', VIRTUAL_MESSAGES);
  const page = await frontPage(context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(BENCH_URL);
  if (withExtension) await waitForAttach(page);
  await expectVisible(page);
  await page.waitForTimeout(1000);
  await page.evaluate(() => (window as any).bench.sweep(1));
  await page.waitForTimeout(500);
  const first = await heapMB(cdp);
  await page.evaluate((n) => (window as any).bench.sweep(n), VIRTUAL_SWEEPS - 1);
  await page.waitForTimeout(500);
  const last = await heapMB(cdp);
  const { judged } = await readPage(page);
  await page.close();
  return { growthMB: last - first, judged };
}

// ---- Runs, medians, table ------------------------------------------------------------------

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (!sorted.length) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface RunFigures {
  load: { with: LoadResult; without: LoadResult };
  burst: { with: BurstResult; without: BurstResult };
  virtual: { with: VirtualResult; without: VirtualResult };
}

export type Scenario = 'load' | 'burst' | 'virtual';
export const SCENARIOS: readonly Scenario[] = ['load', 'burst', 'virtual'];

async function oneRun(extDir: string, only: readonly Scenario[], log: (line: string) => void): Promise<RunFigures> {
  const run = async (ext: string | null) => {
    const browser = await launch(ext);
    const label = ext ? 'with' : 'without';
    try {
      log(`  ${label} the extension: 5,000-message load, live inserts`);
      const load = only.includes('load') ? await loadScenario(browser.context, ext !== null) : EMPTY_LOAD;
      log(`  ${label} the extension: burst ${BURST_RATE}/s × ${BURST_SECONDS} s`);
      const burst = only.includes('burst') ? await burstScenario(browser.context, ext !== null) : EMPTY_BURST;
      log(`  ${label} the extension: virtualised list, ${VIRTUAL_SWEEPS} sweeps`);
      const virtual = only.includes('virtual') ? await virtualScenario(browser.context, ext !== null) : EMPTY_VIRTUAL;
      return { load, burst, virtual };
    } finally {
      await browser.close();
    }
  };
  const withExt = await run(extDir);
  const without = await run(null);
  return {
    load: { with: withExt.load, without: without.load },
    burst: { with: withExt.burst, without: without.burst },
    virtual: { with: withExt.virtual, without: without.virtual },
  };
}

const NO_ATTRIBUTION: Attribution = { extensionMs: NaN, pageMs: NaN, gcMs: NaN, extensionLongestMs: NaN };
const NO_READINGS: PageReadings = { longestTaskMs: NaN, sliceMaxMs: NaN, compileMs: NaN, judged: {}, maxQueued: NaN, marked: NaN };
const EMPTY_LOAD: LoadResult = { attribution: NO_ATTRIBUTION, taskMs: NaN, readings: NO_READINGS, heapMB: NaN, liveMarkMs: [], liveWarnMs: [] };
const EMPTY_BURST: BurstResult = { attribution: NO_ATTRIBUTION, readings: NO_READINGS, sent: [], seconds: NaN };
const EMPTY_VIRTUAL: VirtualResult = { growthMB: NaN, judged: {} };

function summarise(runs: RunFigures[]): PageFigures {
  const m = (pick: (r: RunFigures) => number) => round(median(runs.map(pick)));
  const burstCounts = runs.map((r) => {
    const { judged } = r.burst.with.readings;
    const keyOf = (rowId: string) => `discord:${rowId.replace('chat-messages-', '')}`;
    let once = 0;
    let again = 0;
    let missed = 0;
    for (const id of r.burst.with.sent) {
      const n = judged[keyOf(id)] ?? 0;
      if (n === 1) once++;
      else if (n > 1) again++;
      else missed++;
    }
    return { once, again, missed };
  });
  const virtualJudged = (r: RunFigures) => Object.keys(r.virtual.with.judged).length;
  const virtualAgain = (r: RunFigures) => Object.values(r.virtual.with.judged).filter((n) => n > 1).length;
  return {
    messages: LOAD_MESSAGES,
    longestTaskMs: m((r) => r.load.with.readings.longestTaskMs),
    longestTaskMsWithout: m((r) => r.load.without.readings.longestTaskMs),
    extensionLongestMs: m((r) => r.load.with.attribution.extensionLongestMs),
    sliceMaxMs: m((r) => Math.max(r.load.with.readings.sliceMaxMs, r.burst.with.readings.sliceMaxMs)),
    extensionScriptMs: m((r) => r.load.with.attribution.extensionMs),
    pageScriptMs: m((r) => r.load.without.attribution.pageMs),
    overheadRatio: round(median(runs.map((r) => r.load.with.attribution.extensionMs / r.load.without.attribution.pageMs)), 4),
    mainThreadDeltaMs: m((r) => r.load.with.taskMs - r.load.without.taskMs),
    compileMs: m((r) => r.load.with.readings.compileMs),
    liveMarkP50Ms: m((r) => median(r.load.with.liveMarkMs)),
    liveWarnP50Ms: m((r) => median(r.load.with.liveWarnMs)),
    burstMessages: BURST_RATE * BURST_SECONDS,
    burstSeconds: m((r) => r.burst.with.seconds),
    burstSecondsWithout: m((r) => r.burst.without.seconds),
    burstLongestTaskMs: m((r) => r.burst.with.readings.longestTaskMs),
    burstLongestTaskMsWithout: m((r) => r.burst.without.readings.longestTaskMs),
    burstExtensionScriptMs: m((r) => r.burst.with.attribution.extensionMs),
    burstPerMessageMs: round(median(runs.map((r) => r.burst.with.attribution.extensionMs / (BURST_RATE * BURST_SECONDS))), 4),
    burstExtensionLongestMs: m((r) => r.burst.with.attribution.extensionLongestMs),
    burstScannedOnce: median(burstCounts.map((c) => c.once)),
    burstRescanned: median(burstCounts.map((c) => c.again)),
    burstMissed: median(burstCounts.map((c) => c.missed)),
    burstMaxQueued: median(runs.map((r) => r.burst.with.readings.maxQueued)),
    heapDeltaMB: m((r) => r.load.with.heapMB - r.load.without.heapMB),
    scrollHeapGrowthMB: m((r) => r.virtual.with.growthMB),
    scrollHeapGrowthMBWithout: m((r) => r.virtual.without.growthMB),
    virtualMessagesJudged: median(runs.map(virtualJudged)),
    virtualRejudged: median(runs.map(virtualAgain)),
    runs: runs.length,
  };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function bundleFigures(extDir: string): BundleFigures {
  const script = fs.readFileSync(path.join(extDir, 'content-scripts/chat.js'));
  const ui = path.join(extDir, 'warning-ui.js');
  const warningUiGzipBytes = fs.existsSync(ui) ? gzipSync(fs.readFileSync(ui), { level: 9 }).length : 0;
  return { contentScriptBytes: script.length, contentScriptGzipBytes: gzipSync(script, { level: 9 }).length, warningUiGzipBytes };
}

/** Build the extension into its own folder (parallel builds must not clobber each other). */
export function buildForBench(): string {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, WXT_OUT_DIR: BENCH_OUT_DIR }, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`wxt build failed:\n${built.stdout}\n${built.stderr}`);
  return path.join(ROOT, BENCH_OUT_DIR, 'chrome-mv3');
}

export interface PageBenchOptions {
  runs?: number;
  /** Scenarios to run (default: all). */
  only?: readonly Scenario[];
  /** A built chrome-mv3 folder; default: build into .output-bench. */
  extDir?: string;
  log?: (line: string) => void;
}

export async function runPageBench(options: PageBenchOptions = {}): Promise<{ page: PageFigures; bundle: BundleFigures }> {
  const log = options.log ?? (() => undefined);
  const extDir = options.extDir ?? process.env.BENCH_EXT_DIR ?? buildForBench();
  const runs: RunFigures[] = [];
  // BENCH_PAGE_RUNS: fewer runs for a quick look (`npm run bench` has no flag for it).
  const count = options.runs ?? Number(process.env.BENCH_PAGE_RUNS ?? 3);
  for (let i = 0; i < count; i++) {
    log(`page run ${i + 1}/${count}`);
    runs.push(await oneRun(extDir, options.only ?? SCENARIOS, log));
  }
  return { page: summarise(runs), bundle: bundleFigures(extDir) };
}

/** Budgets from issue 9, for the table's verdict column. */
const BUDGETS: Array<[string, (p: PageFigures, b: BundleFigures) => number, string, (v: number) => boolean]> = [
  ['longest task, 5,000-message load (ms)', (p) => p.longestTaskMs, '≤ 50 (aim 16)', (v) => v <= 50],
  ['  same, without the extension (ms)', (p) => p.longestTaskMsWithout, '', () => true],
  ['longest extension stretch, load (ms)', (p) => p.extensionLongestMs, '≤ 50 (aim 16)', (v) => v <= 50],
  ['longest scanner slice (ms)', (p) => p.sliceMaxMs, '≤ 16', (v) => v <= 16],
  ['extension script, load (ms)', (p) => p.extensionScriptMs, '≤ 50', (v) => v <= 50],
  ['page script, load, without extension (ms)', (p) => p.pageScriptMs, '', () => true],
  ['overhead ratio (extension / page)', (p) => p.overheadRatio, '< 0.05', (v) => v < 0.05],
  ['main thread with − without, load (ms)', (p) => p.mainThreadDeltaMs, '', () => true],
  ['rules compiled + detector (ms)', (p) => p.compileMs, '< 20', (v) => v < 20],
  ['live message marked, p50 (ms)', (p) => p.liveMarkP50Ms, '≤ 100', (v) => v <= 100],
  ['live risky message warned, p50 (ms)', (p) => p.liveWarnP50Ms, '≤ 100', (v) => v <= 100],
  ['burst: seconds to deliver 2,000 messages', (p) => p.burstSeconds, `${BURST_SECONDS}`, () => true],
  ['  same, without the extension', (p) => p.burstSecondsWithout, '', () => true],
  ['burst: longest task (ms)', (p) => p.burstLongestTaskMs, '≤ 50', (v) => v <= 50],
  ['  same, without the extension (ms)', (p) => p.burstLongestTaskMsWithout, '', () => true],
  ['burst: extension script (ms)', (p) => p.burstExtensionScriptMs, '≤ 20', (v) => v <= 20],
  ['burst: extension script per new message (ms)', (p) => p.burstPerMessageMs, '≤ 0.1 (20 ms / 200)', (v) => v <= 0.1],
  ['burst: messages scanned exactly once', (p) => p.burstScannedOnce, `= ${BURST_RATE * BURST_SECONDS}`, (v) => v === BURST_RATE * BURST_SECONDS],
  ['burst: rescanned / missed', (p) => p.burstRescanned + p.burstMissed, '= 0', (v) => v === 0],
  ['burst: queue high-water mark', (p) => p.burstMaxQueued, 'bounded', () => true],
  ['heap with − without (MB)', (p) => p.heapDeltaMB, '≤ 3', (v) => v <= 3],
  ['virtual list: heap growth over sweeps (MB)', (p) => p.scrollHeapGrowthMB, '≈ without', () => true],
  ['  same, without the extension (MB)', (p) => p.scrollHeapGrowthMBWithout, '', () => true],
  ['virtual list: messages re-judged', (p) => p.virtualRejudged, '= 0', (v) => v === 0],
  ['content script, gzip -9 (KB)', (_p, b) => round(b.contentScriptGzipBytes / 1024, 1), '≤ 60', (v) => v <= 60],
  ['  warning UI, loaded at the first warning, gzip -9 (KB)', (_p, b) => round(b.warningUiGzipBytes / 1024, 1), '', () => true],
];

export function formatPageTable(page: PageFigures, bundle: BundleFigures): string {
  const rows = BUDGETS.map(([label, pick, budget, ok]) => {
    const value = pick(page, bundle);
    return [label, String(value), budget, budget ? (ok(value) ? 'ok' : 'MISSED') : ''];
  });
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), 6));
  const line = (r: string[]) => r.map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
  return [`Page (Chromium, medians of ${page.runs} runs, with vs without the extension in each run)`, ...rows.map(line)].join('\n');
}

/** A quick self-check that the generated pages hold what they claim (used by the e2e too). */
export function expectedRiskyCount(count: number): number {
  return generateMessages(count).filter((m) => m.risky).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
  const onlyArg = args.indexOf('--only');
  const only = onlyArg >= 0 ? ((args[onlyArg + 1] ?? '').split(',') as Scenario[]) : undefined;
  const result = await runPageBench({ runs, only, log: json ? undefined : (line) => console.error(line) });
  if (json) console.log(JSON.stringify(result, null, 2));
  else console.log(formatPageTable(result.page, result.bundle));
}
