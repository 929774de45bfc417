// Every message the service worker receives is routed here, in one place: validated (a page cannot
// talk to the worker, but a stale or compromised content script might send junk), checked for
// where it comes from, and handed to one handler per message type. A new message type is one
// schema in lib/messages.ts and one entry in HANDLERS.
import { parseMessage, type ExtensionMessage, type ModelReply, type WarningStateReply } from '../messages';
import { recordEvent, type NotAloneDb } from '../store/event-log';
import { listDismissedKeys, listFalseAlarmKeys, markFalseAlarm, recordDismissal, saveEvidence } from '../store/evidence';
import { recordReads } from '../store/reading';
import { cardStrings } from '../ui/card-strings';

/** Who sent a runtime message, as the browser reports it (never taken from the payload). */
export interface MessageOrigin {
  /** Present for content scripts: the tab the page is in. */
  fromTab: boolean;
  /** The sending frame's URL. */
  url?: string;
  /** The sending tab and frame, as the browser reports them. */
  tabId?: number;
  frameId?: number;
}

/** What the handlers may use besides the database (browser APIs stay in the worker's entrypoint). */
export interface WorkerServices {
  db: NotAloneDb;
  /** Open one of the extension's pages in a new tab. */
  openPage(path: string): Promise<unknown>;
  /** Apply the retention rule (after a write). */
  prune(): void;
  /** Inject the warning UI script into one frame of a tab (scripting.executeScript). */
  injectWarningUi(tabId: number, frameId: number): Promise<unknown>;
  /** The packaged learned model for a tab (read once per worker life), or why it is missing. */
  modelWeights(): Promise<ModelReply>;
  now?(): number;
}

type Handler<T extends ExtensionMessage['type']> = (
  message: Extract<ExtensionMessage, { type: T }>,
  origin: MessageOrigin,
  services: WorkerServices,
  now: number,
) => Promise<unknown>;

const refused = () => Promise.resolve({ ok: false });

const HANDLERS: { [T in ExtensionMessage['type']]: Handler<T> } = {
  'warning-shown': (message, _origin, { db, prune }) =>
    // The id lets the card mark this event as a false alarm ("This is OK").
    recordEvent(db, message.event).then(
      (id) => {
        prune();
        return { ok: true, id };
      },
      (error: unknown) => {
        // Quota full, database blocked: the warning was shown anyway; the sender retries.
        console.warn('[Not Alone] Could not store a warning event', error);
        throw error;
      },
    ),
  // Writes come only from content scripts; the saved page URL is the one the browser reports for
  // the sending frame, not whatever the payload claims.
  'evidence-save': (message, origin, { db }, now) => {
    if (!origin.fromTab) return refused();
    const pageUrl = origin.url ?? message.evidence.pageUrl;
    return saveEvidence(db, { ...message.evidence, pageUrl, savedAt: now }).then((id) => ({ ok: true, id }));
  },
  'false-alarm': (message, origin, { db }, now) => {
    if (!origin.fromTab) return refused();
    return markFalseAlarm(db, { key: message.key, time: now, site: message.site, category: message.category }, message.eventId).then(() => ({ ok: true }));
  },
  'warning-dismissed': (message, origin, { db }, now) => {
    if (!origin.fromTab) return refused();
    return recordDismissal(db, message.key, now).then(() => ({ ok: true }));
  },
  'warning-state': (_message, _origin, { db }) =>
    Promise.all([listFalseAlarmKeys(db), listDismissedKeys(db)]).then(([falseAlarms, dismissed]): WarningStateReply => ({ falseAlarms, dismissed })),
  'evidence-open': (_message, _origin, { openPage }) => openPage('/evidence.html').then(() => ({ ok: true })),
  // The card's strings in the language a parent chose (the content script carries none of its own).
  'card-strings': (message) => Promise.resolve(cardStrings(message.lang)),
  'model-weights': (_message, _origin, { modelWeights }) => modelWeights(),
  // Counts only (issue 13): which site was read, by which reader, how many messages; from content scripts.
  'messages-read': (message, origin, { db }, now) => {
    if (!origin.fromTab) return refused();
    return recordReads(db, message.site, message.reader, message.count, now).then(() => ({ ok: true }));
  },
  // Only into the content script's own frame, as the browser reports it.
  'load-warning-ui': (_message, origin, { injectWarningUi }) => {
    if (origin.tabId === undefined || origin.frameId === undefined) return refused();
    return injectWarningUi(origin.tabId, origin.frameId).then(
      () => ({ ok: true }),
      (error: unknown) => {
        console.warn('[Not Alone] Could not load the warning display into a page', error);
        return { ok: false };
      },
    );
  },
};

/** Answer one parsed message. */
export function answerMessage(message: ExtensionMessage, origin: MessageOrigin, services: WorkerServices, now = services.now?.() ?? Date.now()): Promise<unknown> {
  const handler = HANDLERS[message.type] as Handler<typeof message.type>;
  return handler(message as never, origin, services, now);
}

/**
 * The worker's `runtime.onMessage` listener body: undefined (no answer) for messages from
 * anything but this extension, and for malformed ones (logged once each).
 */
export function routeMessage(
  raw: unknown,
  sender: { id?: string; tab?: { id?: number }; url?: string; frameId?: number },
  ownId: string,
  services: WorkerServices,
): Promise<unknown> | undefined {
  // Only this extension's own content scripts and pages may write to the log.
  if (sender.id !== ownId) return undefined;
  const message = parseMessage(raw);
  if (!message) {
    console.warn('[Not Alone] Dropped a malformed message', raw);
    return undefined;
  }
  return answerMessage(message, { fromTab: sender.tab !== undefined, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId }, services);
}
