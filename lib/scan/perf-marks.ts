// User Timing marks for the page benchmark (scripts/bench/page.ts, docs/performance.md). They are
// written only when the page's root element carries PERF_FLAG_ATTR (the benchmark's generated
// pages do; real sites do not), so normal browsing pays one attribute read per page. Marks carry
// names, durations, counts and message keys (platform ids or hashes), never message text.

export const PERF_FLAG_ATTR = 'data-not-alone-perf';
export const PERF_PREFIX = 'not-alone:';

export interface PerfMarks {
  readonly enabled: boolean;
  /** A measure named `not-alone:<name>` from `start` (performance.now()) until now. */
  measure(name: string, start: number): void;
  /** A zero-length mark `not-alone:<name>`. */
  mark(name: string): void;
}

const OFF: PerfMarks = { enabled: false, measure: () => undefined, mark: () => undefined };

export function perfMarks(doc: Document): PerfMarks {
  if (!doc.documentElement?.hasAttribute(PERF_FLAG_ATTR)) return OFF;
  const timing = doc.defaultView?.performance ?? performance;
  return {
    enabled: true,
    measure: (name, start) => void timing.measure(PERF_PREFIX + name, { start, end: timing.now() }),
    mark: (name) => void timing.mark(PERF_PREFIX + name),
  };
}
