// What the activity view shows, computed from the local event log: counts only, never text.
// Also the retention rule (old events are deleted) and "Delete all data".
import { CATEGORIES, type Category } from '../detect/types';
import { SITE_IDS, type SiteId } from '../sites/types';
import { loadEffectiveSettings } from './effective-settings';
import { pruneEvents, type NotAloneDb } from './event-log';
import { pruneDismissals } from './evidence';
import { pruneReads } from './reading';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The chart covers this many days, today included. */
export const ACTIVITY_DAYS = 30;

export interface DayCount {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  total: number;
  byCategory: Record<Category, number>;
}

export interface ActivitySummary {
  /** One entry per day, oldest first, ACTIVITY_DAYS long (days without warnings count 0). */
  days: DayCount[];
  total: number;
  byCategory: Record<Category, number>;
  /** Sites with at least one warning, most first. */
  bySite: { site: SiteId; count: number }[];
  /** Warnings the child marked "This is OK". */
  falseAlarms: number;
  falseAlarmsByCategory: Record<Category, number>;
}

const zeroByCategory = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/** The local calendar day of `time`, as `YYYY-MM-DD`. */
export function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Midnight (local time) `daysBack` calendar days before `now`'s day. */
function startOfLocalDay(now: number, daysBack: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysBack).getTime();
}

export async function summarizeActivity(db: NotAloneDb, now = Date.now(), days = ACTIVITY_DAYS): Promise<ActivitySummary> {
  const from = startOfLocalDay(now, days - 1);
  const events = await db.events.where('time').aboveOrEqual(from).toArray();
  const dayList: DayCount[] = [];
  const index = new Map<string, DayCount>();
  for (let back = days - 1; back >= 0; back--) {
    const entry: DayCount = { day: localDay(startOfLocalDay(now, back)), total: 0, byCategory: zeroByCategory() };
    dayList.push(entry);
    index.set(entry.day, entry);
  }
  const byCategory = zeroByCategory();
  const falseAlarmsByCategory = zeroByCategory();
  const sites = new Map<SiteId, number>();
  let total = 0;
  let falseAlarms = 0;
  for (const event of events) {
    const day = index.get(localDay(event.time));
    // Events stamped in the future (a clock set back) are left out rather than misplaced.
    if (!day || !(CATEGORIES as readonly string[]).includes(event.category)) continue;
    day.total++;
    day.byCategory[event.category]++;
    byCategory[event.category]++;
    total++;
    if ((SITE_IDS as readonly string[]).includes(event.site)) sites.set(event.site, (sites.get(event.site) ?? 0) + 1);
    if (event.falseAlarm) {
      falseAlarms++;
      falseAlarmsByCategory[event.category]++;
    }
  }
  const bySite = [...sites].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
  return { days: dayList, total, byCategory, bySite, falseAlarms, falseAlarmsByCategory };
}

/**
 * Applies the retention rule: events, dismissals and per-day read counts (issue 13) older than
 * `retentionDays` are deleted (a dismissed warning may show again after that). Returns how many
 * events and dismissals were removed.
 */
export async function applyRetention(db: NotAloneDb, retentionDays: number, now = Date.now()): Promise<number> {
  const [events, dismissals] = await Promise.all([pruneEvents(db, retentionDays, now), pruneDismissals(db, retentionDays, now), pruneReads(db, retentionDays, now)]);
  return events + dismissals;
}

/**
 * Applies the retention rule with the current settings (policy included). The service worker
 * runs it when it starts, after each write and when the setting changes: no timer is needed,
 * since nothing new is shown or written in between.
 */
export async function pruneExpired(db: NotAloneDb, now = Date.now()): Promise<number> {
  const { settings } = await loadEffectiveSettings();
  return applyRetention(db, settings.retentionDays, now);
}

/** "Delete all data": every table of the local database is emptied (events, evidence, …). */
export async function deleteAllData(db: NotAloneDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
