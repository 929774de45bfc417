import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMessage, type ExtensionMessage } from '@/lib/messages';
import { answerMessage, type MessageOrigin } from '@/lib/worker/router';
import { NotAloneDb, recordEvent } from '@/lib/store/event-log';
import {
  EVIDENCE_NEIGHBOURS,
  MAX_REMEMBERED_KEYS,
  recordDismissal,
  countFalseAlarms,
  deleteEvidence,
  evidenceToText,
  falseAlarmKey,
  listDismissedKeys,
  listEvidence,
  listFalseAlarmKeys,
  markFalseAlarm,
  saveEvidence,
  similarText,
  type EvidenceItem,
} from '@/lib/store/evidence';

const NOW = Date.UTC(2026, 10, 28, 12);
const item = (overrides: Partial<EvidenceItem> = {}): Omit<EvidenceItem, 'id'> => ({
  savedAt: NOW,
  seenAt: NOW - 60_000,
  site: 'zalo',
  conversationKey: 'zalo:conv-1',
  sender: 'Anh Tuấn',
  category: 'sextortion',
  severity: 'high',
  message: { sender: 'Anh Tuấn', direction: 'in', text: 'Chuyển 2 triệu không anh tung ảnh' },
  before: [{ direction: 'out', text: 'Anh là ai?' }],
  after: [],
  pageUrl: 'https://chat.zalo.me/',
  ...overrides,
});

let db: NotAloneDb;
let n = 0;
const freshDb = () => (db = new NotAloneDb(`test-evidence-${++n}`));
afterEach(async () => db?.delete());
/** Pages the router opened (evidence-open). */
const opened: string[] = [];
/** The worker's router (lib/worker/router.ts) with this test's database. */
const answerWarningMessage = (database: NotAloneDb, message: ExtensionMessage, origin: MessageOrigin, now?: number) =>
  answerMessage(message, origin, { db: database, prune: () => undefined, openPage: async (path) => void opened.push(path), modelWeights: async () => ({ ok: false, error: 'none in tests' }), injectWarningUi: async () => undefined }, now);

describe('evidence kit', () => {
  it('saves, lists newest first and deletes', async () => {
    freshDb();
    const a = await saveEvidence(db, item({ savedAt: NOW - 1000 }));
    const b = await saveEvidence(db, item({ savedAt: NOW, category: 'scam' }));
    expect((await listEvidence(db)).map((e) => e.id)).toEqual([b, a]);
    await deleteEvidence(db, b);
    expect((await listEvidence(db)).map((e) => e.id)).toEqual([a]);
  });

  it('upgrades a version-1 database without losing events', async () => {
    const name = `test-evidence-upgrade-${++n}`;
    const { default: Dexie } = await import('dexie');
    const v1 = new Dexie(name);
    v1.version(1).stores({ events: '++id, time, site, category' });
    await v1.table('events').add({ time: NOW, site: 'zalo', category: 'scam', severity: 'low', rules: [], direction: 'in' });
    v1.close();
    db = new NotAloneDb(name);
    expect(await db.events.count()).toBe(1);
    await saveEvidence(db, item());
    expect(await db.evidence.count()).toBe(1);
  });

  it('writes a plain-text copy with the flagged message marked and the chat around it', () => {
    const text = evidenceToText({ ...item(), after: [{ direction: 'in', text: 'Trả lời đi' }] }, { label: (k) => `[${k}]`, time: () => 'T' });
    expect(text).toContain('[evidence_category]: [warn_cat_sextortion]');
    expect(text).toContain('>>> Anh Tuấn: Chuyển 2 triệu không anh tung ảnh');
    expect(text.indexOf('[evidence_me]: Anh là ai?')).toBeLessThan(text.lastIndexOf('>>>'));
    expect(text).toContain('[evidence_unknown_sender]: Trả lời đi');
    expect(text).toContain('https://chat.zalo.me/');
    // Without a time from the page, the export says the chat did not show one.
    expect(text).toContain('[evidence_message_time]: [evidence_time_unknown]');
    expect(text).toContain('[evidence_seen_at]: T');
    expect(text).toContain('[evidence_saved_at]: T');
    expect(text).toContain('[evidence_time_note]');
  });

  it('carries the time each message was sent, as the chat showed it', () => {
    const text = evidenceToText(
      { ...item(), message: { ...item().message, time: '20:03' }, before: [{ direction: 'out', text: 'Anh là ai?', time: '20:01' }] },
      { label: (k) => `[${k}]`, time: () => 'T' },
    );
    expect(text).toContain('[evidence_message_time]: 20:03');
    expect(text).toContain('>>> [20:03] Anh Tuấn: Chuyển 2 triệu không anh tung ảnh');
    expect(text).toContain('    [20:01] [evidence_me]: Anh là ai?');
  });
});

describe('false alarms', () => {
  it('treats the same sender\'s similar message as the same, others not', () => {
    const key = falseAlarmKey('zalo:c1', 'Lan', 'Gửi mã OTP 123456 cho mình nhé!');
    expect(falseAlarmKey('zalo:c1', 'Lan', 'gui ma otp 654321 cho minh nhe')).toBe(key);
    expect(falseAlarmKey('zalo:c1', 'Minh', 'Gửi mã OTP 123456 cho mình nhé!')).not.toBe(key);
    expect(falseAlarmKey('zalo:c2', 'Lan', 'Gửi mã OTP 123456 cho mình nhé!')).not.toBe(key);
    expect(similarText('  Đừng   NÓI với bố mẹ!! ')).toBe('dung noi voi bo me');
  });

  it('is remembered, counted and marks the logged warning', async () => {
    freshDb();
    const eventId = await recordEvent(db, { time: NOW, site: 'zalo', category: 'scam', severity: 'medium', rules: ['r'], direction: 'in' });
    await markFalseAlarm(db, { key: 'fa:1', time: NOW, site: 'zalo', category: 'scam' }, eventId);
    await markFalseAlarm(db, { key: 'fa:1', time: NOW + 1, site: 'zalo', category: 'scam' });
    await markFalseAlarm(db, { key: 'fa:2', time: NOW + 2, site: 'zalo', category: 'grooming' });
    expect(await listFalseAlarmKeys(db)).toEqual(['fa:2', 'fa:1']);
    expect(await countFalseAlarms(db)).toBe(2);
    expect(await countFalseAlarms(db, NOW + 2)).toBe(1);
    expect((await db.events.get(eventId))?.falseAlarm).toBe(true);
    // No message text in the false-alarm store.
    expect(Object.keys((await db.falseAlarms.get('fa:1'))!).sort()).toEqual(['category', 'key', 'site', 'time']);
  });
});

describe('dismissals', () => {
  it('keep only the newest MAX_REMEMBERED_KEYS', async () => {
    freshDb();
    await db.dismissals.bulkPut(Array.from({ length: MAX_REMEMBERED_KEYS }, (_, i) => ({ key: `k${i}`, time: NOW + i })));
    await recordDismissal(db, 'newest', NOW + MAX_REMEMBERED_KEYS);
    expect(await db.dismissals.count()).toBe(MAX_REMEMBERED_KEYS);
    expect(await db.dismissals.get('k0')).toBeUndefined();
    expect((await listDismissedKeys(db, 1))[0]).toBe('newest');
  });
});

describe('the worker side of the messages', () => {
  const tab = { fromTab: true, url: 'https://chat.zalo.me/' };
  const save = (evidence: Record<string, unknown>) => parseMessage({ type: 'evidence-save', evidence });
  const { savedAt: _s, ...payload } = item();

  it('validates the shape and bounds of evidence', () => {
    expect(save(payload)).not.toBeNull();
    expect(save({ ...payload, before: Array.from({ length: EVIDENCE_NEIGHBOURS + 1 }, () => ({ direction: 'in', text: 'x' })) })).toBeNull();
    expect(save({ ...payload, message: { direction: 'in', text: 'x'.repeat(5000) } })).toBeNull();
    expect(save({ ...payload, site: 'evil' })).toBeNull();
    expect(parseMessage({ type: 'false-alarm', key: '', site: 'zalo', category: 'scam' })).toBeNull();
  });

  it('stores evidence from a tab with the URL the browser reports', async () => {
    freshDb();
    const message = save({ ...payload, pageUrl: 'https://claimed.example/' })!;
    expect(await answerWarningMessage(db, message, tab, NOW)).toMatchObject({ ok: true });
    const [stored] = await listEvidence(db);
    expect(stored?.pageUrl).toBe('https://chat.zalo.me/');
    expect(stored?.savedAt).toBe(NOW);
  });

  it('refuses writes that do not come from a page', async () => {
    freshDb();
    expect(await answerWarningMessage(db, save(payload)!, { fromTab: false }, NOW)).toEqual({ ok: false });
    expect(await answerWarningMessage(db, parseMessage({ type: 'warning-dismissed', key: 'k' })!, { fromTab: false }, NOW)).toEqual({ ok: false });
    expect(await db.evidence.count()).toBe(0);
  });

  it('answers the state a page needs before it warns', async () => {
    freshDb();
    await answerWarningMessage(db, parseMessage({ type: 'warning-dismissed', key: 'zalo:@1' })!, tab, NOW);
    await answerWarningMessage(db, parseMessage({ type: 'false-alarm', key: 'fa:x', site: 'zalo', category: 'scam' })!, tab, NOW);
    expect(await answerWarningMessage(db, parseMessage({ type: 'warning-state' })!, tab)).toEqual({ falseAlarms: ['fa:x'], dismissed: ['zalo:@1'] });
    expect(await listDismissedKeys(db)).toEqual(['zalo:@1']);
    expect(await answerWarningMessage(db, parseMessage({ type: 'evidence-open' })!, tab)).toEqual({ ok: true });
    expect(opened).toEqual(['/evidence.html']);
  });
});
