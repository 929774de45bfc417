import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NotAloneDb, pruneEvents, recordEvent, type WarningEvent } from '@/lib/store/event-log';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28);
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
afterEach(async () => db?.delete());

describe('event log', () => {
  it('stores warnings and finds them by category and site', async () => {
    db = new NotAloneDb('test-events-1');
    await recordEvent(db, event());
    await recordEvent(db, event({ category: 'scam', site: 'messenger' }));
    await recordEvent(db, event({ category: 'scam' }));
    expect(await db.events.count()).toBe(3);
    expect(await db.events.where('category').equals('scam').count()).toBe(2);
    expect((await db.events.where('site').equals('zalo').sortBy('time')).map((e) => e.category)).toEqual(['grooming', 'scam']);
  });

  it('keeps no message text', async () => {
    db = new NotAloneDb('test-events-2');
    await recordEvent(db, event());
    const [stored] = await db.events.toArray();
    expect(Object.keys(stored!).sort()).toEqual(['category', 'direction', 'id', 'rules', 'severity', 'site', 'time']);
  });

  it('prunes events older than the retention period', async () => {
    db = new NotAloneDb('test-events-3');
    await recordEvent(db, event({ time: NOW - 100 * DAY }));
    await recordEvent(db, event({ time: NOW - 89 * DAY }));
    await recordEvent(db, event({ time: NOW }));
    expect(await pruneEvents(db, 90, NOW)).toBe(1);
    expect(await db.events.count()).toBe(2);
  });
});
