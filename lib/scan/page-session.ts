// One session per (site adapter, URL): it owns one AbortController, starts the page scanner with
// its signal, and hands every verdict to the sinks. Navigation, pause or a settings change stops
// it (everything it started is aborted) and the page starts the next one.
import type { Verdict } from '../detect/types';
import type { SiteAdapter } from '../sites/types';
import { PageScanner, type ScanMemory, type ScannedMessage, type ScanStats } from './page-scanner';
import type { PerfMarks } from './perf-marks';
import type { VerdictSink } from './sinks';

export interface PageSessionOptions {
  adapter: SiteAdapter;
  win: Window;
  judge(message: ScannedMessage): Verdict;
  /** Verdicts go here (usually `fanOut(sinks)`); told when the session ends. */
  sink: VerdictSink;
  perf?: PerfMarks;
  /** Verdicts and counters shared with the page's earlier sessions (same site, same settings). */
  memory?: ScanMemory;
  onNotRecognised?(selectorsTried: readonly string[]): void;
}

export class PageSession {
  readonly adapter: SiteAdapter;
  /** The address the session was started for. */
  readonly url: string;
  private readonly controller = new AbortController();
  private readonly scanner: PageScanner;

  constructor(private readonly options: PageSessionOptions) {
    this.adapter = options.adapter;
    this.url = options.win.location.href;
    this.scanner = new PageScanner({
      adapter: options.adapter,
      win: options.win,
      signal: this.controller.signal,
      judge: options.judge,
      onVerdict: (message, verdict, first) => options.sink.onVerdict(message, verdict, first),
      onNotRecognised: options.onNotRecognised,
      perf: options.perf,
      memory: options.memory,
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stats(): ScanStats {
    return this.scanner.stats;
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  start(): this {
    this.scanner.start();
    return this;
  }

  /** Abort everything the session started and tell the sinks. Idempotent. */
  stop(): void {
    if (this.stopped) return;
    this.controller.abort();
    this.options.sink.onSessionEnd?.();
  }

  forEachJudged(visit: (message: ScannedMessage, verdict: Verdict) => void): void {
    if (!this.stopped) this.scanner.forEachJudged(visit);
  }

  rejudge(element: Element): void {
    if (!this.stopped) this.scanner.rejudge(element);
  }
}
