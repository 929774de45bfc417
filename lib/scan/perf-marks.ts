// User Timing marks for the page benchmark (scripts/bench/page.ts, docs/performance.md). They are
// written only while the extension switched them on (storage.local BENCH_TIMINGS_KEY, set from the
// service worker by the bench): nothing a page does turns them on. Marks carry names, durations,
// counts and message keys (platform ids or hashes), never message text.

export const PERF_PREFIX = 'not-alone:';

export interface PerfMarks {
  readonly enabled: boolean;
  /** A measure named `not-alone:<name>` from `start` (performance.now()) until now. */
  measure(name: string, start: number): void;
  /** A zero-length mark `not-alone:<name>`. */
  mark(name: string): void;
}

/** Marks that follow a switch the content script flips when the extension's setting changes. */
export class SwitchedPerfMarks implements PerfMarks {
  enabled = false;
  constructor(private readonly timing: Pick<Performance, 'mark' | 'measure' | 'now'>) {}
  measure(name: string, start: number): void {
    if (this.enabled) this.timing.measure(PERF_PREFIX + name, { start, end: this.timing.now() });
  }
  mark(name: string): void {
    if (this.enabled) this.timing.mark(PERF_PREFIX + name);
  }
}

export const NO_PERF_MARKS: PerfMarks = { enabled: false, measure: () => undefined, mark: () => undefined };
