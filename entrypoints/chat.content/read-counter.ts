// Counts the messages read on this page, per site and reader, for the activity view (issue 13):
// a site that was open but read nothing, or read only by the structural fallback, shows there.
// Only counts leave the page, every few seconds and when the page is hidden; never text.
import { browser } from 'wxt/browser';
import type { MessagesReadMessage } from '@/lib/messages';
import type { VerdictSink } from '@/lib/scan/sinks';
import type { ReaderKind } from '@/lib/sites/structural';
import type { SiteId } from '@/lib/sites/types';

/** How often counts are handed to the worker while the page is open. */
export const READ_REPORT_MS = 10_000;

export class ReadCounter implements VerdictSink {
  private readonly pending = new Map<string, MessagesReadMessage>();

  constructor(
    private readonly who: () => { site: SiteId; reader: ReaderKind } | null,
    private readonly send: (message: MessagesReadMessage) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
  ) {}

  /** Report every READ_REPORT_MS and when the page is hidden or left; stops with `signal`. */
  start(win: Window, signal: AbortSignal): this {
    const timer = win.setInterval(() => this.flush(), READ_REPORT_MS);
    signal.addEventListener('abort', () => win.clearInterval(timer));
    win.addEventListener('pagehide', () => this.flush(), { signal });
    win.document.addEventListener('visibilitychange', () => win.document.visibilityState === 'hidden' && this.flush(), { signal });
    return this;
  }

  onVerdict(_message: unknown, _verdict: unknown, first: boolean): void {
    if (!first) return;
    const who = this.who();
    if (!who) return;
    const key = `${who.site}|${who.reader}`;
    const entry = this.pending.get(key);
    if (entry) entry.count++;
    else this.pending.set(key, { type: 'messages-read', site: who.site, reader: who.reader, count: 1 });
  }

  flush(): void {
    for (const message of this.pending.values()) {
      // A stopped worker wakes up for the message; when the extension is gone the count is lost.
      this.send(message).catch(() => undefined);
    }
    this.pending.clear();
  }
}
