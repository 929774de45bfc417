// The private evidence kit and the child's answers to warnings, in the local database only.
// Evidence is saved only when the child presses "Save evidence", holds text only (never images,
// following FBI/NCMEC advice: keep the threats and the account, never the image), and can be
// deleted one by one. False alarms and dismissals hold hashes and keys, never message text.
import type { NotAloneDb } from './event-log';
import { MAX_REMEMBERED_KEYS, type Dismissal, type EvidenceItem, type EvidenceMessage, type FalseAlarm } from './records';

export { EVIDENCE_NEIGHBOURS, EVIDENCE_TEXT_MAX, MAX_REMEMBERED_KEYS } from './records';
export type { Dismissal, EvidenceItem, EvidenceMessage, FalseAlarm } from './records';

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
