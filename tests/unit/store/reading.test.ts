import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY_MS, applyRetention, deleteAllData } from '@/lib/store/activity';
import { NotAloneDb } from '@/lib/store/event-log';
import { recordReads, summarizeReading } from '@/lib/store/reading';
import { parseMessage, type ExtensionMessage } from '@/lib/messages';
import { answerMessage } from '@/lib/worker/router';

// Noon local time, so "n days ago" never crosses a daylight-saving midnight.
const NOW = new Date(2026, 10, 28, 12, 0, 0).getTime();
let db: NotAloneDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new NotAloneDb(`test-reading-${++n}`);
});
afterEach(async () => db.delete());

describe('messages read per site (counts only)', () => {
  it('adds counts per day, site and reader, and says on how many days each site was read', async () => {
    await recordReads(db, 'zalo', 'site', 12, NOW - 2 * DAY_MS);
    await recordReads(db, 'zalo', 'site', 3, NOW);
    await recordReads(db, 'zalo', 'site', 4, NOW);
    await recordReads(db, 'instagram', 'fallback', 7, NOW);
    await recordReads(db, 'instagram', 'site', 1, NOW - DAY_MS);
    expect(await summarizeReading(db, NOW)).toEqual([
      { site: 'zalo', messages: 19, days: 2, byReader: { site: 19, fallback: 0 }, lastDay: expect.stringMatching(/^2026-11-28$/) },
      { site: 'instagram', messages: 8, days: 2, byReader: { site: 1, fallback: 7 }, lastDay: '2026-11-28' },
    ]);
  });

  it('stores no text: a stored row holds only day, site, reader and count', async () => {
    await recordReads(db, 'discord', 'site', 2, NOW);
    const rows = await db.reads.toArray();
    expect(rows).toEqual([{ key: '2026-11-28|discord|site', day: '2026-11-28', site: 'discord', reader: 'site', count: 2 }]);
  });

  it('leaves out days before the period and follows the retention rule and "Delete all data"', async () => {
    await recordReads(db, 'x', 'site', 5, NOW - 40 * DAY_MS);
    await recordReads(db, 'x', 'site', 1, NOW);
    expect((await summarizeReading(db, NOW))[0]?.messages).toBe(1);
    await applyRetention(db, 30, NOW);
    expect(await db.reads.count()).toBe(1);
    await deleteAllData(db);
    expect(await summarizeReading(db, NOW)).toEqual([]);
  });

  it('accepts a well-formed report from a content script and refuses junk', () => {
    expect(parseMessage({ type: 'messages-read', site: 'zalo', reader: 'fallback', count: 3 })).not.toBeNull();
    for (const junk of [
      { type: 'messages-read', site: 'myspace', reader: 'site', count: 3 },
      { type: 'messages-read', site: 'zalo', reader: 'guess', count: 3 },
      { type: 'messages-read', site: 'zalo', reader: 'site', count: 0 },
      { type: 'messages-read', site: 'zalo', reader: 'site', count: 1.5 },
      { type: 'messages-read', site: 'zalo', reader: 'site', count: 3, text: 'hello' },
    ]) {
      const parsed = parseMessage(junk);
      // Unknown keys are dropped by the schema, never stored.
      if (parsed && 'text' in junk) expect(parsed).not.toHaveProperty('text');
      else expect(parsed).toBeNull();
    }
  });

  it('is stored by the worker only when a content script (a tab) reports it', async () => {
    const services = { db, prune: () => undefined, openPage: async () => undefined, injectWarningUi: async () => undefined, modelWeights: async () => ({ ok: false as const, error: 'none in tests' }) };
    const report = parseMessage({ type: 'messages-read', site: 'telegram', reader: 'fallback', count: 4 }) as ExtensionMessage;
    expect(await answerMessage(report, { fromTab: false }, services, NOW)).toEqual({ ok: false });
    expect(await answerMessage(report, { fromTab: true, url: 'https://web.telegram.org/k/' }, services, NOW)).toEqual({ ok: true });
    expect(await summarizeReading(db, NOW)).toEqual([{ site: 'telegram', messages: 4, days: 1, byReader: { site: 0, fallback: 4 }, lastDay: '2026-11-28' }]);
  });
});
