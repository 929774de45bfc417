// The private evidence kit and the child's answers to warnings, in the local database only.
// Evidence is saved only when the child presses "Save evidence", holds text only (never images,
// following FBI/NCMEC advice: keep the threats and the account, never the image), and can be
// deleted one by one. False alarms and dismissals hold hashes and keys, never message text.
import type { Category, Direction, Severity } from '../detect/types';
import type { SiteId } from '../sites/types';
import type { ExtensionMessage, WarningStateReply } from '../messages';
import type { NotAloneDb } from './event-log';

/** One message of the saved conversation excerpt. */
export interface EvidenceMessage {
  /** Sender label as the site shows it; absent for the child's own messages or when hidden. */
  sender?: string;
  direction: Direction;
  text: string;
  /** When it was sent, as the chat showed it (adapter's reading); absent where the page shows none. */
  time?: string;
}

export interface EvidenceItem {
  id?: number;
  /** When the child pressed "Save evidence" (ms since epoch). */
  savedAt: number;
  /** When the warning was first shown on the page. */
  seenAt: number;
  site: SiteId;
  /** Site-prefixed conversation key, as the scanner builds it ("zalo:conv-…"). */
  conversationKey: string;
  /** The flagged message's sender label. */
  sender?: string;
  category: Category;
  severity: Severity;
  /** The flagged message. */
  message: EvidenceMessage;
  /** Messages shown just before and after it, in page order. */
  before: EvidenceMessage[];
  after: EvidenceMessage[];
  /** Address of the page (the chat) where it was seen. */
  pageUrl: string;
  /** Title of the page, e.g. the chat partner's name on some sites. */
  pageTitle?: string;
}

export interface FalseAlarm {
  /** falseAlarmKey(conversation, sender, text). */
  key: string;
  time: number;
  site: SiteId;
  category: Category;
}

export interface Dismissal {
  /** The scanner's message key. */
  key: string;
  time: number;
}

/** Messages kept on each side of the flagged one. */
export const EVIDENCE_NEIGHBOURS = 5;
/** Longest text kept per message (a chat message is far shorter). */
export const EVIDENCE_TEXT_MAX = 4000;
/** Keys handed to a content script at start; older ones still count but are not suppressed. */
export const MAX_REMEMBERED_KEYS = 5000;

export async function saveEvidence(db: NotAloneDb, item: Omit<EvidenceItem, 'id'>): Promise<number> {
  return (await db.evidence.add(item as EvidenceItem)) as number;
}

/** Saved evidence, newest first. */
export async function listEvidence(db: NotAloneDb): Promise<EvidenceItem[]> {
  return db.evidence.orderBy('savedAt').reverse().toArray();
}

export async function deleteEvidence(db: NotAloneDb, id: number): Promise<void> {
  await db.evidence.delete(id);
}

export async function countEvidence(db: NotAloneDb): Promise<number> {
  return db.evidence.count();
}

// The key of a "This is OK" answer is the judge's (lib/scan/judge.ts).
export { falseAlarmKey, similarText } from '../scan/judge';

export async function markFalseAlarm(db: NotAloneDb, alarm: FalseAlarm, eventId?: number): Promise<void> {
  await db.transaction('rw', db.falseAlarms, db.events, async () => {
    await db.falseAlarms.put(alarm);
    // The activity view counts events marked as false alarms.
    if (eventId !== undefined) await db.events.update(eventId, { falseAlarm: true });
  });
}

/** The most recent false-alarm keys, for the content script's check before it warns. */
export async function listFalseAlarmKeys(db: NotAloneDb, limit = MAX_REMEMBERED_KEYS): Promise<string[]> {
  return (await db.falseAlarms.orderBy('time').reverse().limit(limit).toArray()).map((a) => a.key);
}

/** How many warnings the child marked "This is OK" (since `since`, ms since epoch). */
export async function countFalseAlarms(db: NotAloneDb, since = 0): Promise<number> {
  return db.falseAlarms.where('time').aboveOrEqual(since).count();
}

export async function recordDismissal(db: NotAloneDb, key: string, time = Date.now()): Promise<void> {
  await db.dismissals.put({ key, time });
  // Only the newest keys are handed to pages; older ones are dropped so the table stays small.
  const extra = (await db.dismissals.count()) - MAX_REMEMBERED_KEYS;
  if (extra > 0) await db.dismissals.orderBy('time').limit(extra).delete();
}

export async function listDismissedKeys(db: NotAloneDb, limit = MAX_REMEMBERED_KEYS): Promise<string[]> {
  return (await db.dismissals.orderBy('time').reverse().limit(limit).toArray()).map((d) => d.key);
}

/** Dismissals older than the retention period are forgotten (the warning may show again). */
export async function pruneDismissals(db: NotAloneDb, retentionDays: number, now = Date.now()): Promise<number> {
  return db.dismissals.where('time').below(now - retentionDays * 24 * 60 * 60 * 1000).delete();
}

export interface EvidenceLabels {
  /** Localised label for an `evidence_*` / `warn_cat_*` key. */
  label(key: string): string;
  /** Localised date and time. */
  time(ms: number): string;
}

/** One item as plain text, for copying or a file a trusted adult, 111 or the police can read. */
export function evidenceToText(item: EvidenceItem, { label, time }: EvidenceLabels): string {
  const who = (m: EvidenceMessage) =>
    m.direction === 'out' ? label('evidence_me') : m.sender || label('evidence_unknown_sender');
  const line = (m: EvidenceMessage) => `${m.time ? `[${m.time}] ` : ''}${who(m)}: ${m.text}`;
  return [
    `${label('evidence_category')}: ${label(`warn_cat_${item.category}`)}`,
    `${label('evidence_site')}: ${item.site}`,
    `${label('evidence_conversation')}: ${item.conversationKey}`,
    `${label('evidence_sender')}: ${who(item.message)}`,
    `${label('evidence_message_time')}: ${item.message.time ?? label('evidence_time_unknown')}`,
    `${label('evidence_seen_at')}: ${time(item.seenAt)}`,
    `${label('evidence_saved_at')}: ${time(item.savedAt)}`,
    `${label('evidence_page')}: ${item.pageUrl}`,
    label('evidence_time_note'),
    '',
    `${label('evidence_message')}:`,
    `>>> ${line(item.message)}`,
    '',
    `${label('evidence_context')}:`,
    ...item.before.map((m) => `    ${line(m)}`),
    `>>> ${line(item.message)}`,
    ...item.after.map((m) => `    ${line(m)}`),
  ].join('\n');
}

/** Who sent a runtime message, as the browser reports it (never taken from the payload). */
export interface MessageOrigin {
  /** Present for content scripts: the tab the page is in. */
  fromTab: boolean;
  /** The sending frame's URL. */
  url?: string;
}

/**
 * The worker's side of the warning answers. Returns the reply, or null when the message is not
 * one of these. Writes come only from content scripts; the saved page URL is the one the browser
 * reports for the sending frame, not whatever the payload claims.
 */
export function answerWarningMessage(
  db: NotAloneDb,
  message: ExtensionMessage,
  origin: MessageOrigin,
  now = Date.now(),
): Promise<unknown> | null {
  switch (message.type) {
    case 'evidence-save': {
      if (!origin.fromTab) return Promise.resolve({ ok: false });
      const pageUrl = origin.url ?? message.evidence.pageUrl;
      return saveEvidence(db, { ...message.evidence, pageUrl, savedAt: now }).then((id) => ({ ok: true, id }));
    }
    case 'false-alarm':
      if (!origin.fromTab) return Promise.resolve({ ok: false });
      return markFalseAlarm(db, { key: message.key, time: now, site: message.site, category: message.category }, message.eventId).then(
        () => ({ ok: true }),
      );
    case 'warning-dismissed':
      if (!origin.fromTab) return Promise.resolve({ ok: false });
      return recordDismissal(db, message.key, now).then(() => ({ ok: true }));
    case 'warning-state':
      return Promise.all([listFalseAlarmKeys(db), listDismissedKeys(db)]).then(
        ([falseAlarms, dismissed]): WarningStateReply => ({ falseAlarms, dismissed }),
      );
    default:
      return null;
  }
}
