// The page side of the pipeline: page → site adapter → scan queue → judge → verdict.
// The MutationObserver callback only queues (de-duplicated sets, coalesced into one slice);
// reading and judging run later in short slices (≤ MAX_SLICE_MS or MAX_SLICE_NODES), and only
// for messages on screen (IntersectionObserver) or arriving live. Nothing runs while the page is
// idle: no interval timer, only observers and a slice scheduled when there is work.
// The scanner writes nothing into the page: verdicts go to the session's sinks.
import type { Verdict } from '../detect/types';
import type { MessageRead, SiteAdapter } from '../sites/types';
import { BoundedMap } from './bounded-map';
import { baseMessageKey, hashText } from './message-key';
import { NO_PERF_MARKS, type PerfMarks } from './perf-marks';
import { WorkQueue, type TakeSet } from './work-queue';

/** A slice of work never runs longer than this, so the page keeps its frames. */
export const MAX_SLICE_MS = 4;
/** …nor handles more than this many queued nodes (roots expanded, messages judged). */
export const MAX_SLICE_NODES = 64;
/** Verdicts remembered by message key (re-renders of virtualised lists are not re-judged). */
export const MAX_SEEN_MESSAGES = 5000;
/** Elements waiting in all queues together; past this, the backlog is dropped for one rescan of the container. */
export const MAX_PENDING = 20000;
/**
 * A mutation batch adding at most this many elements is live chat (a message arriving, a few rows
 * of a virtualised list): its messages are judged at once instead of waiting to be seen, so a
 * fast live chat loses none and a warning comes one frame sooner. Bigger batches (a history
 * loaded at once) go through the IntersectionObserver: only what is on screen is judged.
 */
export const LIVE_BATCH_MAX = 50;
/** Slices shorter than this get no benchmark measure (their cost would be the measure's own). */
const MIN_MEASURED_SLICE_MS = 1;
/** While no chat list is on the page, page changes are checked for one at most this often. */
export const CONTAINER_CHECK_MS = 250;
/** After this long with no messages on a page that should be a chat, report "not recognised". */
export const NOT_RECOGNISED_AFTER_MS = 8000;
/** One more look for the list on a page that stopped changing: after the structural fallback's grace (lib/sites/structural.ts, 2 s). */
export const LATE_CONTAINER_CHECK_MS = 2500;

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

/**
 * What a page remembers across sessions of one site with one set of settings: verdicts by message
 * key (switching back to a conversation does not judge it again) and the counters the popup shows.
 * A settings change or another site starts a new memory.
 */
export interface ScanMemory {
  readonly seen: BoundedMap<string, Verdict>;
  readonly stats: ScanStats;
}

export function createScanMemory(): ScanMemory {
  return { seen: new BoundedMap(MAX_SEEN_MESSAGES), stats: { recognised: null, scanned: 0, flagged: 0, maxQueued: 0 } };
}

export interface PageScannerOptions {
  adapter: SiteAdapter;
  /** Shared with the page's other sessions; a fresh one by default. */
  memory?: ScanMemory;
  win: Window;
  signal: AbortSignal;
  judge(message: ScannedMessage): Verdict;
  /** Every time a message element shows a verdict; `first` is false for re-renders of a judged message. */
  onVerdict(message: ScannedMessage, verdict: Verdict, first: boolean): void;
  onNotRecognised?(selectorsTried: readonly string[]): void;
  perf?: PerfMarks;
}

interface JudgedState {
  message: ScannedMessage;
  seenKey: string;
  verdict: Verdict;
}

export class PageScanner {
  private readonly adapter: SiteAdapter;
  private readonly win: Window;
  private readonly doc: Document;
  private container: Element | null = null;
  private mutationObserver: MutationObserver | null = null;
  private visibilityObserver: IntersectionObserver | null = null;
  /** Watches the page for the chat list to appear, or (attached) for the list to be removed. */
  private structureObserver: MutationObserver | null = null;
  private containerCheck: number | undefined;
  private readonly queue = new WorkQueue(MAX_PENDING);
  private scheduled = false;
  private readonly seen: BoundedMap<string, Verdict>;
  /** Which element currently shows which key, to tell a re-render from a true duplicate. */
  private readonly keyOwner = new BoundedMap<string, WeakRef<Element>>(MAX_SEEN_MESSAGES);
  private readonly judged = new WeakMap<Element, JudgedState>();
  readonly stats: ScanStats;
  private readonly perf: PerfMarks;
  /** Keys judged in the current slice, written as one mark at its end (benchmark only). */
  private judgedInSlice: string[] = [];
  /** The conversation key, read once per slice (not once per message: it parses the URL). */
  private sliceConversationKey: string | null = null;

  constructor(private readonly options: PageScannerOptions) {
    this.adapter = options.adapter;
    this.win = options.win;
    this.doc = options.win.document;
    this.perf = options.perf ?? NO_PERF_MARKS;
    const memory = options.memory ?? createScanMemory();
    this.seen = memory.seen;
    this.stats = memory.stats;
  }

  start(): void {
    const { signal } = this.options;
    if (signal.aborted) return;
    signal.addEventListener('abort', () => this.detach(), { once: true });
    const notRecognised = this.win.setTimeout(() => this.reportIfNotRecognised(), NOT_RECOGNISED_AFTER_MS);
    signal.addEventListener('abort', () => this.win.clearTimeout(notRecognised), { once: true });
    this.findContainer();
  }

  /** Each message on screen that has a verdict, with it (test marks switched on later). */
  forEachJudged(visit: (message: ScannedMessage, verdict: Verdict) => void): void {
    if (!this.container) return;
    for (const el of this.adapter.findMessages(this.container)) {
      const state = this.judged.get(el);
      if (state) visit(state.message, state.verdict);
    }
  }

  /** Judge this message again (the child's answer changed what applies to it). */
  rejudge(element: Element): void {
    const state = this.judged.get(element);
    if (!state) return;
    this.seen.delete(state.seenKey);
    this.judged.delete(element);
    this.queue.ready.add(element);
    this.schedule();
  }

  private findContainer(): void {
    this.containerCheck = undefined;
    if (this.options.signal.aborted) return;
    const current = this.adapter.findContainer(this.doc);
    if (current && current !== this.container) this.attach(current);
    else if (!current && !this.structureObserver) {
      this.watchForContainer();
      // A page that no longer changes still gets one more look once the structural fallback's
      // grace has passed (it waits that long for the site's own list after a navigation).
      this.win.setTimeout(() => {
        if (!this.container && this.containerCheck === undefined) this.findContainer();
      }, LATE_CONTAINER_CHECK_MS);
    }
  }

  /** No chat list yet: look again when the page changes, at most every CONTAINER_CHECK_MS. */
  private watchForContainer(): void {
    this.structureObserver = new MutationObserver(() => {
      if (this.containerCheck === undefined) this.containerCheck = this.win.setTimeout(() => this.findContainer(), CONTAINER_CHECK_MS);
    });
    this.structureObserver.observe(this.doc.documentElement, { childList: true, subtree: true });
  }

  private attach(container: Element): void {
    this.detach();
    this.container = container;
    this.mutationObserver = new MutationObserver((records) => this.onMutations(records));
    this.mutationObserver.observe(container, { childList: true, subtree: true, characterData: true });
    this.visibilityObserver = new IntersectionObserver((entries) => this.onVisibility(entries));
    // The list is replaced when it or one of its ancestors leaves the page: watching their child
    // lists (not the whole document) sees exactly that.
    this.structureObserver = new MutationObserver(() => {
      if (container.isConnected) return;
      this.detach();
      this.findContainer();
    });
    for (let node = container.parentNode; node; node = node.parentNode) this.structureObserver.observe(node, { childList: true });
    this.queueRoot(container);
    this.perf.mark('attach');
  }

  private detach(): void {
    this.mutationObserver?.disconnect();
    this.visibilityObserver?.disconnect();
    this.structureObserver?.disconnect();
    if (this.containerCheck !== undefined) this.win.clearTimeout(this.containerCheck);
    this.containerCheck = undefined;
    this.mutationObserver = null;
    this.visibilityObserver = null;
    this.structureObserver = null;
    this.container = null;
    this.queue.clear();
  }

  /** Only queues: no reading, no judging inside the observer callback. */
  private onMutations(records: MutationRecord[]): void {
    let added = 0;
    for (const record of records) added += record.type === 'childList' ? record.addedNodes.length : 1;
    const live = added <= LIVE_BATCH_MAX;
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1) this.queueRoot(node as Element, live);
          else if (node.parentElement) this.queueRoot(node.parentElement, live);
        }
      } else if (record.target.parentElement) {
        this.queueRoot(record.target.parentElement, live);
      }
    }
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.visibilityObserver?.unobserve(entry.target);
      this.queue.ready.add(entry.target);
    }
    this.schedule();
  }

  private queueRoot(root: Element, live = false): void {
    if (!this.queue.addRoot(root, live) && this.container) {
      // A flood: the backlog was dropped; rescan the container once instead.
      this.queue.addRoot(this.container, false);
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
    this.sliceConversationKey = null;
    const started = performance.now();
    const deadline = started + MAX_SLICE_MS;
    const { queue } = this;
    for (let nodes = 0; nodes < MAX_SLICE_NODES && performance.now() < deadline; nodes++) {
      const visible = queue.ready.take();
      if (visible) {
        this.judgeElement(visible);
        continue;
      }
      const live = queue.liveRoots.take();
      if (live) {
        this.expandRoot(live, queue.ready);
        continue;
      }
      const message = queue.waiting.take();
      if (message) {
        if (this.needsJudging(message)) this.visibilityObserver?.observe(message);
        continue;
      }
      const root = queue.roots.take();
      if (!root) break;
      this.expandRoot(root, queue.waiting);
    }
    const queued = queue.size;
    if (queued > this.stats.maxQueued) {
      this.stats.maxQueued = queued;
      this.perf.mark(`queue:${queued}`);
    }
    if (this.judgedInSlice.length) {
      this.perf.mark(`judged:${this.judgedInSlice.join(' ')}`);
      this.judgedInSlice = [];
    }
    // Benchmark only: slices under a millisecond are not worth a User Timing entry each.
    if (this.perf.enabled && performance.now() - started >= MIN_MEASURED_SLICE_MS) this.perf.measure('slice', started);
    if (queued) this.schedule();
  }

  /** Turn a queued subtree into message elements: to watch for visibility, or (live) to judge. */
  private expandRoot(root: Element, into: TakeSet<Element>): void {
    if (!this.container) return;
    // Live rows the page removed before this slice are still read (see judgeElement); bulk roots are not.
    const detachedLive = into === this.queue.ready && !root.isConnected;
    if (!detachedLive && !this.container.contains(root)) return;
    const found = this.adapter.findMessages(root);
    if (found.length) {
      for (const el of found) this.queue.addMessage(el, into);
      return;
    }
    // Text rendered into an existing bubble after the bubble itself.
    const owner = this.adapter.closestMessage(root);
    if (owner && this.container.contains(owner)) this.queue.addMessage(owner, into);
  }

  private needsJudging(el: Element): boolean {
    const state = this.judged.get(el);
    if (!state) return true;
    // Re-judge only when the text changed (edited message, lazy render), not on our own marks.
    const read = this.adapter.readMessage(el);
    return read !== null && read.text !== state.message.text;
  }

  private judgeElement(el: Element): void {
    // A live message the page already removed (a fast live chat, a row scrolled out of a
    // virtualised list) is still judged from its detached subtree: counted once, warned when shown again.
    const read = this.adapter.readMessage(el);
    if (!read) return;
    const previous = this.judged.get(el);
    if (previous && previous.message.text === read.text) return;
    const conversationKey = (this.sliceConversationKey ??= `${this.adapter.id}:${this.adapter.conversationKey(this.doc, new URL(this.win.location.href))}`);
    const messageKey = this.keyFor(el, read, conversationKey);
    const message: ScannedMessage = { ...read, element: el, messageKey, conversationKey };
    // An edited message keeps its platform id, not its verdict: remember verdicts per text too.
    const seenKey = read.platformId ? `${messageKey}:${hashText(read.text)}` : messageKey;
    let verdict = this.seen.get(seenKey);
    const first = verdict === undefined;
    if (!verdict) {
      verdict = this.options.judge(message);
      this.seen.set(seenKey, verdict);
      if (this.perf.enabled) this.judgedInSlice.push(messageKey);
      this.stats.scanned++;
      if (verdict.flagged) this.stats.flagged++;
    }
    this.stats.recognised = true;
    this.judged.set(el, { message, seenKey, verdict });
    this.options.onVerdict(message, verdict, first);
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
    if (this.options.signal.aborted || this.stats.recognised) return;
    if (!this.adapter.expectsChat(new URL(this.win.location.href), this.doc)) return;
    this.stats.recognised = false;
    this.options.onNotRecognised?.(this.adapter.selectorsTried);
  }
}
