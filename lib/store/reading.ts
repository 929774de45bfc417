// Messages read per site and day, and by which reader (the site's own selectors or the structural
// fallback), so a parent or an admin can see a site that was open but read nothing, or one read
// only by the fallback after a layout change. Counts only: no text, no conversation, no sender.
import type { SiteId } from '../sites/types';
import type { NotAloneDb } from './event-log';
import { ACTIVITY_DAYS, DAY_MS, localDay } from './activity';

export type ReaderKind = 'site' | 'fallback';

export interface DayReads {
  /** `${day}|${site}|${reader}` */
  key: string;
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  site: SiteId;
  reader: ReaderKind;
  count: number;
}

export interface SiteReading {
  site: SiteId;
  /** Messages read in the period. */
  messages: number;
  /** Days on which at least one message was read. */
  days: number;
  /** Messages read by each reader. */
  byReader: Record<ReaderKind, number>;
  /** The last day anything was read. */
  lastDay: string;
}

/** Add `count` messages read now on `site` by `reader` to today's total. */
export async function recordReads(db: NotAloneDb, site: SiteId, reader: ReaderKind, count: number, now = Date.now()): Promise<void> {
  const day = localDay(now);
  const key = `${day}|${site}|${reader}`;
  await db.transaction('rw', db.reads, async () => {
    const known = await db.reads.get(key);
    await db.reads.put({ key, day, site, reader, count: (known?.count ?? 0) + count });
  });
}

/** Per site, over the last `days` days: messages read, on how many days, and by which reader. Busiest first. */
export async function summarizeReading(db: NotAloneDb, now = Date.now(), days = ACTIVITY_DAYS): Promise<SiteReading[]> {
  const from = localDay(now - (days - 1) * DAY_MS);
  const today = localDay(now);
  const rows = await db.reads.where('day').between(from, today, true, true).toArray();
  const sites = new Map<SiteId, SiteReading & { daySet: Set<string> }>();
  for (const row of rows) {
    let entry = sites.get(row.site);
    if (!entry) sites.set(row.site, (entry = { site: row.site, messages: 0, days: 0, byReader: { site: 0, fallback: 0 }, lastDay: row.day, daySet: new Set() }));
    entry.messages += row.count;
    entry.byReader[row.reader] += row.count;
    entry.daySet.add(row.day);
    if (row.day > entry.lastDay) entry.lastDay = row.day;
  }
  return [...sites.values()]
    .map(({ daySet, ...entry }) => ({ ...entry, days: daySet.size }))
    .sort((a, b) => b.messages - a.messages || a.site.localeCompare(b.site));
}

/** Retention: per-day counts older than `retentionDays` are deleted like events. */
export async function pruneReads(db: NotAloneDb, retentionDays: number, now = Date.now()): Promise<number> {
  return db.reads.where('day').below(localDay(now - retentionDays * DAY_MS)).delete();
}
