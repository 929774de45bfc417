// The event reporter sink: one activity-log event per flagged message per conversation, whatever
// happens on the page afterwards (re-render, settings change, pause, navigation: each starts a new
// session, and this sink outlives them all).
import type { Verdict } from '@/lib/detect/types';
import { BoundedMap } from '@/lib/scan/bounded-map';
import { hashText } from '@/lib/scan/message-key';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import type { VerdictSink } from '@/lib/scan/sinks';
import type { SiteId } from '@/lib/sites/types';
import type { WarningShownMessage } from '@/lib/messages';

/** Messages remembered as already logged (the oldest are forgotten past this). */
export const MAX_REPORTED_MESSAGES = 5000;
/** The same words flagged again within this long, under any conversation, are one message re-read. */
export const REREAD_WINDOW_MS = 10_000;

export type SendEvent = (payload: WarningShownMessage, onStored: (eventId: number) => void) => void;

export class EventReporter implements VerdictSink {
  /** When each text was last flagged (for re-reads during a navigation). */
  private readonly recentTexts = new BoundedMap<string, number>(MAX_REPORTED_MESSAGES);
  /** Two entries per logged message: its key, and its conversation + text. */
  private readonly reported = new BoundedMap<string, true>(MAX_REPORTED_MESSAGES * 2);

  constructor(
    private readonly site: () => SiteId,
    private readonly send: SendEvent,
    /** The logged event's id, for "This is OK" to mark it in the activity view. */
    private readonly onLogged: (messageKey: string, eventId: number) => void,
    private readonly now: () => number = Date.now,
  ) {}

  onVerdict(message: ScannedMessage, verdict: Verdict): void {
    if (!verdict.flagged || !verdict.category || !verdict.severity) return;
    // The message key holds the conversation: "once per message per conversation". The same
    // message can also reach us under a second key when another reader reads it (the structural
    // fallback, which has no platform id or sender, then the site's reader once its list
    // appears), so the conversation and text identify it too.
    // During a navigation the address and the page change a moment apart, so for that moment the
    // page on screen is read under the other page's conversation: the same words flagged again
    // within REREAD_WINDOW_MS are that re-read, whatever conversation they were read under.
    const key = message.messageKey;
    const textHash = hashText(message.text);
    const sameText = `${message.conversationKey}\u0000${textHash}`;
    const now = this.now();
    const lastSeen = this.recentTexts.get(textHash);
    const reread = lastSeen !== undefined && now - lastSeen < REREAD_WINDOW_MS;
    this.recentTexts.set(textHash, now);
    if (this.reported.has(key) || this.reported.has(sameText) || reread) return;
    this.reported.set(key, true);
    this.reported.set(sameText, true);
    this.send(
      {
        type: 'warning-shown',
        event: {
          time: this.now(),
          site: this.site(),
          category: verdict.category,
          severity: verdict.severity,
          rules: verdict.rules.slice(0, 20),
          direction: message.direction,
        },
      },
      (id) => this.onLogged(key, id),
    );
  }
}
