// The event reporter sink: one activity-log event per flagged message per conversation, whatever
// happens on the page afterwards (re-render, settings change, pause, navigation: each starts a new
// session, and this sink outlives them all).
import type { Verdict } from '@/lib/detect/types';
import { BoundedMap } from '@/lib/scan/bounded-map';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import type { VerdictSink } from '@/lib/scan/sinks';
import type { SiteId } from '@/lib/sites/types';
import type { WarningShownMessage } from '@/lib/messages';

/** Message keys remembered as already logged (the oldest are forgotten past this). */
export const MAX_REPORTED_MESSAGES = 5000;

export type SendEvent = (payload: WarningShownMessage, onStored: (eventId: number) => void) => void;

export class EventReporter implements VerdictSink {
  private readonly reported = new BoundedMap<string, true>(MAX_REPORTED_MESSAGES);

  constructor(
    private readonly site: () => SiteId,
    private readonly send: SendEvent,
    /** The logged event's id, for "This is OK" to mark it in the activity view. */
    private readonly onLogged: (messageKey: string, eventId: number) => void,
    private readonly now: () => number = Date.now,
  ) {}

  onVerdict(message: ScannedMessage, verdict: Verdict): void {
    if (!verdict.flagged || !verdict.category || !verdict.severity) return;
    // The message key holds the conversation: "once per message per conversation".
    const key = message.messageKey;
    if (this.reported.has(key)) return;
    this.reported.set(key, true);
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
