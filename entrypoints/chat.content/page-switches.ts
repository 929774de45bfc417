// Switches only an extension context can flip (storage.local; a page cannot reach it): the test
// contract's marks and the benchmark's timings (lib/contract/test-marks.ts), and the install's
// neutral UI name. Read once at start and followed while the page is open.
import { browser } from 'wxt/browser';
import { BENCH_TIMINGS_KEY, TEST_MARKS_KEY, UI_TAG_KEY } from '@/lib/contract/test-marks';
import { isUiTag, randomUiTag } from './warning/shadow-host';

export interface PageSwitches {
  testMarks: boolean;
  benchTimings: boolean;
  /** The install's neutral element name for cards while test marks are off. */
  uiTag: string;
}

export async function loadPageSwitches(): Promise<PageSwitches> {
  const stored = await browser.storage.local.get([TEST_MARKS_KEY, BENCH_TIMINGS_KEY, UI_TAG_KEY]).catch(() => ({}) as Record<string, unknown>);
  let uiTag = stored[UI_TAG_KEY];
  if (!isUiTag(uiTag)) {
    // First page after install: chosen here and kept (two frames racing may pick two; the last kept wins).
    uiTag = randomUiTag();
    await browser.storage.local.set({ [UI_TAG_KEY]: uiTag }).catch(() => undefined);
  }
  return { testMarks: stored[TEST_MARKS_KEY] === true, benchTimings: stored[BENCH_TIMINGS_KEY] === true, uiTag: uiTag as string };
}

/** Calls `onChange` with the new switches whenever one of them changes; returns the unsubscribe. */
export function watchPageSwitches(current: () => PageSwitches, onChange: (next: PageSwitches) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const next = { ...current() };
    let changed = false;
    if (TEST_MARKS_KEY in changes) {
      next.testMarks = changes[TEST_MARKS_KEY]!.newValue === true;
      changed = true;
    }
    if (BENCH_TIMINGS_KEY in changes) {
      next.benchTimings = changes[BENCH_TIMINGS_KEY]!.newValue === true;
      changed = true;
    }
    if (changed) onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage?.onChanged?.removeListener(listener);
}
