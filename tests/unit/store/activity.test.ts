import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACTIVITY_DAYS, DAY_MS, deleteAllData, localDay, pruneExpired, summarizeActivity } from '@/lib/store/activity';
import { NotAloneDb, recordEvent, type WarningEvent } from '@/lib/store/event-log';
import { listDismissedKeys, recordDismissal } from '@/lib/store/evidence';
import { SETTINGS_KEY } from '@/lib/store/settings';

// Noon local time, so "n days ago" never crosses a daylight-saving midnight.
const NOW = new Date(2026, 10, 28, 12, 0, 0).getTime();
const event = (overrides: Partial<WarningEvent> = {}): Omit<WarningEvent, 'id'> => ({
  time: NOW,
  site: 'zalo',
  category: 'grooming',
  severity: 'medium',
  rules: ['vi.grooming.secrecy'],
  direction: 'in',
  ...overrides,
});

let db: NotAloneDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new NotAloneDb(`test-activity-${++n}`);
});
afterEach(async () => db.delete());

describe('activity summary', () => {
  it('counts per day and per category over the last 30 days, oldest day first', async () => {
    await recordEvent(db, event());
    await recordEvent(db, event({ category: 'scam' }));
    await recordEvent(db, event({ time: NOW - 2 * DAY_MS, category: 'scam', site: 'messenger' }));
    await recordEvent(db, event({ time: NOW - 29 * DAY_MS, category: 'bullying', site: 'discord' }));
    await recordEvent(db, event({ time: NOW - 31 * DAY_MS }));
    const summary = await summarizeActivity(db, NOW);
    expect(summary.days).toHaveLength(ACTIVITY_DAYS);
    expect(summary.days[0]?.day).toBe(localDay(NOW - 29 * DAY_MS));
    expect(summary.days.at(-1)).toMatchObject({ day: '2026-11-28', total: 2 });
    expect(summary.days.at(-1)!.byCategory).toMatchObject({ grooming: 1, scam: 1, bullying: 0 });
    expect(summary.days.at(-3)).toMatchObject({ day: '2026-11-26', total: 1 });
    expect(summary.total).toBe(4);
    expect(summary.byCategory).toMatchObject({ grooming: 1, scam: 2, bullying: 1, sextortion: 0 });
    expect(summary.bySite).toEqual([
      { site: 'zalo', count: 2 },
      { site: 'discord', count: 1 },
      { site: 'messenger', count: 1 },
    ]);
  });

  it('counts the warnings marked "This is OK"', async () => {
    await recordEvent(db, event({ falseAlarm: true }));
    await recordEvent(db, event({ category: 'scam', falseAlarm: true }));
    await recordEvent(db, event());
    const summary = await summarizeActivity(db, NOW);
    expect(summary.falseAlarms).toBe(2);
    expect(summary.falseAlarmsByCategory).toMatchObject({ grooming: 1, scam: 1 });
  });

  it('is all zeros with no events', async () => {
    const summary = await summarizeActivity(db, NOW);
    expect(summary.total).toBe(0);
    expect(summary.days.every((d) => d.total === 0)).toBe(true);
    expect(summary.bySite).toEqual([]);
  });
});

describe('retention and deletion', () => {
  it('prunes with the stored retention setting', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, retentionDays: 7 } });
    await recordEvent(db, event({ time: NOW - 8 * DAY_MS }));
    await recordEvent(db, event({ time: NOW - 6 * DAY_MS }));
    expect(await pruneExpired(db, NOW)).toBe(1);
    expect(await db.events.count()).toBe(1);
  });

  it('uses the default of 90 days when nothing is stored', async () => {
    await recordEvent(db, event({ time: NOW - 91 * DAY_MS }));
    await recordEvent(db, event({ time: NOW - 89 * DAY_MS }));
    expect(await pruneExpired(db, NOW)).toBe(1);
  });

  it('dismissals follow the retention period too: a dismissed warning may show again after it', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, retentionDays: 7 } });
    // A controllable clock: the dismissal is written "now", then time moves on.
    await recordDismissal(db, 'zalo:old', NOW - 8 * DAY_MS);
    await recordDismissal(db, 'zalo:recent', NOW - 6 * DAY_MS);
    expect(await pruneExpired(db, NOW)).toBe(1);
    expect(await listDismissedKeys(db)).toEqual(['zalo:recent']);
    // A day later the other one has passed the period as well.
    expect(await pruneExpired(db, NOW + 2 * DAY_MS)).toBe(1);
    expect(await listDismissedKeys(db)).toEqual([]);
  });

  it('"Delete all data" empties every table', async () => {
    await recordEvent(db, event());
    await db.falseAlarms.put({ key: 'fa:1', time: NOW, site: 'zalo', category: 'scam' });
    await deleteAllData(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});
