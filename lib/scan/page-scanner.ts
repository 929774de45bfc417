// The page side of the pipeline: page → site adapter → scan queue → judge → mark.
// The MutationObserver callback only queues; reading and judging run later in short
// time-boxed slices, and only for messages that are on screen (IntersectionObserver).
import type { Verdict } from '../detect/types';
import type { MessageRead, SiteAdapter } from '../sites/types';
import { BoundedMap } from './bounded-map';
import { baseMessageKey, hashText } from './message-key';
import { perfMarks, type PerfMarks } from './perf-marks';

/** A slice of work never runs longer than this, so the page keeps its frames. */
export const MAX_SLICE_MS = 4;
/** Verdicts remembered by message key (re-renders of virtualised lists are not re-judged). */
export const MAX_SEEN_MESSAGES = 5000;
/** Pending queues are bounded; past this, the queue is dropped for one rescan of the container. */
export const MAX_PENDING = 20000;
/**
 * A mutation batch adding at most this many elements is live chat (a message arriving, a few rows
 * of a virtualised list): its messages are judged at once instead of waiting to be seen, so a
 * fast live chat loses none and a warning comes one frame sooner. Bigger batches (a history
 * loaded at once) go through the IntersectionObserver: only what is on screen is judged.
 */
export const LIVE_BATCH_MAX = 50;
/** How often the watchdog checks for SPA navigation and a replaced container. */
export const WATCHDOG_MS = 1000;
/** After this long with no messages on a page that should be a chat, report "not recognised". */
export const NOT_RECOGNISED_AFTER_MS = 8000;

export const MARK_ATTR = 'data-not-alone';
export const CATEGORY_ATTR = 'data-not-alone-category';

export interface ScannedMessage extends MessageRead {
  element: Element;
  messageKey: string;
  conversationKey: string;
}

export interface ScanStats {
  recognised: boolean | null; // null = not decided yet
  scanned: number;
  flagged: number;
  /** Most elements ever waiting in the queues at once (bounded by MAX_PENDING). */
  maxQueued: number;
}

export interface PageScannerOptions {
  adapter: SiteAdapter;
  win: Window;
  signal: AbortSignal;
  judge(message: ScannedMessage): Verdict;
  /** Every time a message element is marked; `firstTime` is false for re-renders of a seen message. */
  onMarked(message: ScannedMessage, verdict: Verdict, firstTime: boolean): void;
  onNotRecognised?(selectorsTried: readonly string[]): void;
  /** Called when the conversation or container changes (SPA navigation). */
  onNavigate?(): void;
}

interface JudgedState {
  key: string;
  text: string;
}

export class PageScanner {
  private readonly adapter: SiteAdapter;
  private readonly win: Window;
  private readonly doc: Document;
  private container: Element | null = null;
  private url = '';
  private mutationObserver: MutationObserver | null = null;
  private visibilityObserver: IntersectionObserver | null = null;
  private pendingRoots: Element[] = [];
  /** Roots from small mutation batches: their messages are judged without the visibility wait. */
  private liveRoots: Element[] = [];
  private pendingMessages: Element[] = [];
  /** Messages to judge now: seen on screen, or arrived live. */
  private readyMessages: Element[] = [];
  private scheduled = false;
  private readonly seen = new BoundedMap<string, Verdict>(MAX_SEEN_MESSAGES);
  /** Which element currently shows which key, to tell a re-render from a true duplicate. */
  private readonly keyOwner = new BoundedMap<string, WeakRef<Element>>(MAX_SEEN_MESSAGES);
  private judged = new WeakMap<Element, JudgedState>();
  private readonly startedAt: number;
  private notRecognisedReported = false;
  readonly stats: ScanStats = { recognised: null, scanned: 0, flagged: 0, maxQueued: 0 };
  private readonly perf: PerfMarks;
  /** Keys judged in the current slice, written as one mark at its end (benchmark only). */
  private judgedInSlice: string[] = [];

  constructor(private readonly options: PageScannerOptions) {
    this.adapter = options.adapter;
    this.win = options.win;
    this.doc = options.win.document;
    this.startedAt = Date.now();
    this.perf = perfMarks(this.doc);
  }

  start(): void {
    const { signal } = this.options;
    if (signal.aborted) return;
    this.checkPage();
    const timer = this.win.setInterval(() => this.checkPage(), WATCHDOG_MS);
    const onNav = () => this.checkPage();
    this.win.addEventListener('popstate', onNav, { signal });
    this.win.addEventListener('hashchange', onNav, { signal });
    signal.addEventListener('abort', () => {
      this.win.clearInterval(timer);
      this.detach();
    });
  }

  /** Forget every verdict and judge all messages on screen again (settings changed). */
  rescanAll(): void {
    this.seen.clear();
    this.keyOwner.clear();
    this.judged = new WeakMap();
    this.stats.scanned = 0;
    this.stats.flagged = 0;
    if (!this.container) return;
    for (const el of this.adapter.findMessages(this.container)) {
      el.removeAttribute(MARK_ATTR);
      el.removeAttribute(CATEGORY_ATTR);
    }
    this.queueRoot(this.container);
  }

  /** Watchdog: follow URL changes and containers that the site replaced. */
  private checkPage(): void {
    if (this.options.signal.aborted) return;
    const current = this.adapter.findContainer(this.doc);
    const href = this.win.location.href;
    if (current !== this.container || href !== this.url) {
      const navigated = this.url !== '' && (href !== this.url || current !== this.container);
      this.url = href;
      this.detach();
      if (navigated) this.options.onNavigate?.();
      if (current) this.attach(current);
    }
    this.reportIfNotRecognised();
  }

  private attach(container: Element): void {
    this.container = container;
    this.mutationObserver = new MutationObserver((records) => this.onMutations(records));
    this.mutationObserver.observe(container, { childList: true, subtree: true, characterData: true });
    this.visibilityObserver = new IntersectionObserver((entries) => this.onVisibility(entries));
    this.queueRoot(container);
    this.perf.mark('attach');
  }

  private detach(): void {
    this.mutationObserver?.disconnect();
    this.visibilityObserver?.disconnect();
    this.mutationObserver = null;
    this.visibilityObserver = null;
    this.container = null;
    this.pendingRoots = [];
    this.liveRoots = [];
    this.pendingMessages = [];
    this.readyMessages = [];
  }

  /** Only queues: no reading, no judging inside the observer callback. */
  private onMutations(records: MutationRecord[]): void {
    const roots: Element[] = [];
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1) roots.push(node as Element);
          else if (node.parentElement) roots.push(node.parentElement);
        }
      } else if (record.target.parentElement) {
        roots.push(record.target.parentElement);
      }
    }
    const live = roots.length <= LIVE_BATCH_MAX;
    for (const root of roots) this.queueRoot(root, live);
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.visibilityObserver?.unobserve(entry.target);
      this.readyMessages.push(entry.target);
    }
    this.schedule();
  }

  private queueRoot(root: Element, live = false): void {
    if (this.pendingRoots.length + this.liveRoots.length >= MAX_PENDING) {
      // A flood: drop the backlog and rescan the container once instead.
      this.pendingRoots = this.container ? [this.container] : [];
      this.liveRoots = [];
      this.pendingMessages = [];
    } else {
      (live ? this.liveRoots : this.pendingRoots).push(root);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.options.signal.aborted) return;
    this.scheduled = true;
    this.win.setTimeout(() => this.runSlice(), 0);
  }

  private runSlice(): void {
    this.scheduled = false;
    if (this.options.signal.aborted) return;
    const started = performance.now();
    const deadline = started + MAX_SLICE_MS;
    while (performance.now() < deadline) {
      const visible = this.readyMessages.shift();
      if (visible) {
        this.judgeElement(visible);
        continue;
      }
      const live = this.liveRoots.shift();
      if (live) {
        this.expandRoot(live, this.readyMessages);
        continue;
      }
      const message = this.pendingMessages.shift();
      if (message) {
        if (this.needsJudging(message)) this.visibilityObserver?.observe(message);
        continue;
      }
      const root = this.pendingRoots.shift();
      if (!root) break;
      this.expandRoot(root, this.pendingMessages);
    }
    const queued = this.readyMessages.length + this.liveRoots.length + this.pendingMessages.length + this.pendingRoots.length;
    if (queued > this.stats.maxQueued) {
      this.stats.maxQueued = queued;
      this.perf.mark(`queue:${queued}`);
    }
    if (this.judgedInSlice.length) {
      this.perf.mark(`judged:${this.judgedInSlice.join(' ')}`);
      this.judgedInSlice = [];
    }
    this.perf.measure('slice', started);
    if (queued) this.schedule();
  }

  /** Turn a queued subtree into message elements: to watch for visibility, or (live) to judge. */
  private expandRoot(root: Element, into: Element[]): void {
    if (!this.container) return;
    // Live rows the page removed before this slice are still read (see judgeElement); bulk roots are not.
    const detachedLive = into === this.readyMessages && !root.isConnected;
    if (!detachedLive && !this.container.contains(root)) return;
    const found = this.adapter.findMessages(root);
    if (found.length) {
      for (const el of found) into.push(el);
      return;
    }
    // Text rendered into an existing bubble after the bubble itself.
    const owner = this.adapter.closestMessage(root);
    if (owner && this.container.contains(owner)) into.push(owner);
  }

  private needsJudging(el: Element): boolean {
    const state = this.judged.get(el);
    if (!state) return true;
    // Re-judge only when the text changed (edited message, lazy render), not on our own marks.
    const read = this.adapter.readMessage(el);
    return read !== null && read.text !== state.text;
  }

  private judgeElement(el: Element): void {
    // A live message the page already removed (a fast live chat, a row scrolled out of a
    // virtualised list) is still judged from its detached subtree: counted once, warned when shown again.
    const read = this.adapter.readMessage(el);
    if (!read) return;
    const previous = this.judged.get(el);
    if (previous && previous.text === read.text) return;
    const conversationKey = `${this.adapter.id}:${this.adapter.conversationKey(this.doc, new URL(this.win.location.href))}`;
    const messageKey = this.keyFor(el, read, conversationKey);
    const message: ScannedMessage = { ...read, element: el, messageKey, conversationKey };
    // An edited message keeps its platform id, not its verdict: remember verdicts per text too.
    const seenKey = read.platformId ? `${messageKey}:${hashText(read.text)}` : messageKey;
    let verdict = this.seen.get(seenKey);
    const firstTime = verdict === undefined;
    if (!verdict) {
      verdict = this.options.judge(message);
      this.seen.set(seenKey, verdict);
      if (this.perf.enabled) this.judgedInSlice.push(messageKey);
      this.stats.scanned++;
      if (verdict.flagged) this.stats.flagged++;
    }
    this.stats.recognised = true;
    this.judged.set(el, { key: messageKey, text: read.text });
    el.setAttribute(MARK_ATTR, verdict.flagged ? 'risk' : 'ok');
    if (verdict.flagged && verdict.category) el.setAttribute(CATEGORY_ATTR, verdict.category);
    else el.removeAttribute(CATEGORY_ATTR);
    this.options.onMarked(message, verdict, firstTime);
  }

  /** Same key for a re-rendered message; `#n` suffix for a true duplicate still on screen. */
  private keyFor(el: Element, read: MessageRead, conversationKey: string): string {
    const base = baseMessageKey(this.adapter.id, conversationKey, read.platformId, read.sender, read.text);
    if (read.platformId) return base;
    for (let n = 0; ; n++) {
      const key = n === 0 ? base : `${base}#${n}`;
      const owner = this.keyOwner.get(key)?.deref();
      if (!owner || owner === el || !owner.isConnected) {
        this.keyOwner.set(key, new WeakRef(el));
        return key;
      }
    }
  }

  private reportIfNotRecognised(): void {
    if (this.notRecognisedReported || this.stats.recognised) return;
    if (!this.adapter.expectsChat(new URL(this.win.location.href), this.doc)) return;
    if (Date.now() - this.startedAt < NOT_RECOGNISED_AFTER_MS) return;
    this.notRecognisedReported = true;
    this.stats.recognised = false;
    this.options.onNotRecognised?.(this.adapter.selectorsTried);
  }
}
