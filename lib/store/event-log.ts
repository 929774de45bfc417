// The local event log (IndexedDB through Dexie). Events carry no message text: time, site,
// category, severity and rule ids only, so a parent sees counts, never conversations.
import Dexie, { type EntityTable } from 'dexie';
import type { Dismissal, EvidenceItem, FalseAlarm, WarningEvent } from './records';
import type { DayReads } from './reading';

export type { WarningEvent } from './records';

export const DB_NAME = 'not-alone';

export class NotAloneDb extends Dexie {
  events!: EntityTable<WarningEvent, 'id'>;
  /** Evidence the child chose to save (issue 5); the only table holding message text. */
  evidence!: EntityTable<EvidenceItem, 'id'>;
  /** "This is OK": hashes of sender + similar text per conversation; no text. */
  falseAlarms!: EntityTable<FalseAlarm, 'key'>;
  /** Warnings the child dismissed, by message key, so they stay dismissed after a reload. */
  dismissals!: EntityTable<Dismissal, 'key'>;
  /** How many messages each site's reader read per day (issue 13): counts only, no text. */
  reads!: EntityTable<DayReads, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ events: '++id, time, site, category' });
    // v2: the evidence kit, false alarms and dismissals (issue 5). Events are unchanged.
    this.version(2).stores({
      evidence: '++id, savedAt, site, conversationKey',
      falseAlarms: '&key, time, category',
      dismissals: '&key, time',
    });
    // v3: messages read per day, site and reader (issue 13). Earlier tables are unchanged.
    this.version(3).stores({ reads: '&key, day, site' });
  }
}

export async function recordEvent(db: NotAloneDb, event: Omit<WarningEvent, 'id'>): Promise<number> {
  return (await db.events.add(event)) as number;
}

/** Delete events older than `retentionDays`; returns how many were removed. */
export async function pruneEvents(db: NotAloneDb, retentionDays: number, now = Date.now()): Promise<number> {
  const cutoff = now - retentionDays * 24 * 60 * 60 * 1000;
  return db.events.where('time').below(cutoff).delete();
}
