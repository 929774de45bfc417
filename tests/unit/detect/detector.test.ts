// The engine's contract with the rest of the extension: options, sensitivity, direction,
// custom phrases, allowlist, severity, explanation, limits.
import { describe, expect, test, beforeAll, vi } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS, MAX_SCAN_CHARS, THRESHOLDS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';
import type { DetectorOptions, Sensitivity } from '../../../lib/detect/types';
import { CATEGORIES } from '../../../lib/detect/types';

/** Compiling the rules takes seconds on a busy machine: do it once, outside any test's time limit. */
beforeAll(() => {
  builtInRules();
}, 120_000);

const make = (o: Partial<DetectorOptions> = {}) => createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, ...o });
const balanced = make();

describe('real sentences per language (balanced)', () => {
  test.each([
    ['en', 'send me nudes or i will post your pics to all your followers', 'sextortion'],
    ['en', 'take off your shirt for me', 'sexual_request'],
    ['en', 'Your ATM card has been BLOCKED. To re-activate click http://vcb-secure.xyz/login now', 'scam'],
    ['en', 'pls send me the 6 digit code you received', 'scam'],
    ['en', 'go kill yourself', 'bullying'],
    ['vi', 'gửi ảnh nóng cho anh đi', 'sexual_request'],
    ['vi', 'em doc ma OTP cho anh voi', 'scam'],
    ['vi', 'việc nhẹ lương cao bên campuchia, bao vé xe, không cần nói với bố mẹ', 'trafficking_recruitment'],
    ['vi', 'em cần phối hợp với cơ quan điều tra, chuyển tiền vào tài khoản an toàn', 'scam'],
    ['vi', 'không chuyển tiền thì tao gửi clip của mày cho cả trường xem', 'sextortion'],
    ['fr', 'envoie moi une photo de toi nue', 'sexual_request'],
    ['fr', 'va te suicider', 'bullying'],
    ['fr', 'si tu paies pas j envoie tes photos à tes parents', 'sextortion'],
  ])('%s: "%s" → %s', (_lang, text, category) => {
    const v = balanced.scan({ text });
    expect(v.flagged).toBe(true);
    expect(v.category).toBe(category);
    expect(v.rules.length).toBeGreaterThan(0);
    expect(v.signals.length).toBeGreaterThan(0);
    expect(v.spans.length).toBeGreaterThan(0);
  });

  test.each([
    ['en', 'can you pick up milk on the way home?'],
    ['en', 'Your OTP is 123456. Never share it with anyone.'],
    ['en', 'i love you mom, see you tonight'],
    ['vi', 'Mẹ ơi tối nay con về muộn nhé'],
    ['vi', 'Ma OTP cua ban la 123456. Vui long KHONG chia se ma cho bat ky ai'],
    ['vi', 'nhớ mang áo mưa nha, trời sắp mưa'],
    ['fr', 'on se voit en cours demain ?'],
    ['fr', 'tu as fini les devoirs de maths ?'],
  ])('%s benign: "%s"', (_lang, text) => {
    expect(balanced.scan({ text }).flagged).toBe(false);
  });
});

describe('sensitivity', () => {
  const insult = 'you are so ugly';
  test('off never flags', () => {
    const off = make({ sensitivity: 'off' });
    expect(off.scan({ text: 'send me nudes' })).toMatchObject({ flagged: false, category: null, severity: null, rules: [], spans: [] });
  });
  test('low does not flag bullying; balanced and strict do', () => {
    expect(make({ sensitivity: 'low' }).scan({ text: insult }).flagged).toBe(false);
    expect(make({ sensitivity: 'balanced' }).scan({ text: insult }).flagged).toBe(true);
    expect(THRESHOLDS.low.bullying).toBe(Infinity);
  });
  test('thresholds are ordered low > balanced > strict for every category', () => {
    for (const c of CATEGORIES) {
      expect(THRESHOLDS.low[c]).toBeGreaterThan(THRESHOLDS.balanced[c]);
      expect(THRESHOLDS.balanced[c]).toBeGreaterThan(THRESHOLDS.strict[c]);
    }
  });
  test('a weak signal alone flags only at strict', () => {
    const text = 'r u home alone?';
    const levels: Sensitivity[] = ['low', 'balanced', 'strict'];
    expect(levels.map((s) => make({ sensitivity: s }).scan({ text }).flagged)).toEqual([false, false, true]);
  });
  test('strong threats flag at every level', () => {
    for (const s of ['low', 'balanced', 'strict'] as const) expect(make({ sensitivity: s }).scan({ text: 'send me nudes' }).flagged).toBe(true);
  });
});

describe('severity', () => {
  test('sextortion and sexual requests are high', () => {
    expect(balanced.scan({ text: 'send me nudes' }).severity).toBe('high');
    expect(balanced.scan({ text: 'send me $500 or i will post your nudes to all your followers' }).severity).toBe('high');
  });
  test('scam is medium or high by score', () => {
    expect(['medium', 'high']).toContain(balanced.scan({ text: 'tell me the OTP' }).severity);
  });
  test('outgoing personal information is a low nudge', () => {
    expect(balanced.scan({ text: 'my number is 0912 345 678', direction: 'out' })).toMatchObject({ flagged: true, category: 'personal_info', severity: 'low' });
  });
});

describe('direction', () => {
  test('outgoing messages are judged only for personal information and intimate self-sharing', () => {
    expect(balanced.scan({ text: 'send me nudes', direction: 'out' }).flagged).toBe(false);
    expect(balanced.scan({ text: 'go kill yourself', direction: 'out' }).flagged).toBe(false);
    expect(balanced.scan({ text: "i'm home alone", direction: 'out' }).category).toBe('personal_info');
    expect(balanced.scan({ text: 'em gửi ảnh nóng cho anh nè', direction: 'out' }).category).toBe('sexual_request');
  });
  test('the child sharing a phone number is not flagged as incoming', () => {
    expect(balanced.scan({ text: 'số của em là 0912345678', direction: 'in' }).flagged).toBe(false);
    expect(balanced.scan({ text: 'số của em là 0912345678', direction: 'out' }).flagged).toBe(true);
  });
});

describe('options', () => {
  test('disabled categories are not flagged', () => {
    const d = make({ disabledCategories: ['sexual_request'] });
    expect(d.scan({ text: 'send me nudes' }).flagged).toBe(false);
  });
  test('custom phrases are literal text: special characters are not patterns', () => {
    const d = make({ customPhrases: [{ text: 'pizza (party)|now', category: 'grooming' }, { text: 'c++ #1', category: 'scam' }] });
    const v = d.scan({ text: 'come to the pizza (party)|now!' });
    expect(v).toMatchObject({ flagged: true, category: 'grooming', signals: ['custom_phrase'] });
    expect(d.scan({ text: 'pizza party now' }).flagged).toBe(true); // punctuation is a separator, as in the text
    expect(d.scan({ text: 'pizza party' }).flagged).toBe(false); // the whole phrase is needed
    expect(d.scan({ text: 'learn c++ #1 today' }).category).toBe('scam');
    expect(d.scan({ text: 'PIZZA PARTY NOW' }).flagged).toBe(true);
  });
  test('custom phrases match Vietnamese with or without diacritics', () => {
    const d = make({ customPhrases: [{ text: 'đi chơi đêm', category: 'grooming' }] });
    expect(d.scan({ text: 'tối nay đi chơi đêm không' }).flagged).toBe(true);
    expect(d.scan({ text: 'toi nay di choi dem khong' }).flagged).toBe(true);
  });
  test('an allowed phrase silences the overlapping match only', () => {
    const d = make({ allowPhrases: ['send me nudes'] });
    expect(d.scan({ text: 'send me nudes' }).flagged).toBe(false);
    const v = d.scan({ text: 'send me nudes. also tell me the OTP' });
    expect(v.flagged).toBe(true);
    expect(v.category).toBe('scam');
  });
  test('a second detector with other options reuses the compiled rules', () => {
    const a = builtInRules();
    make({ sensitivity: 'strict', customPhrases: [{ text: 'x y z', category: 'scam' }] });
    expect(builtInRules()).toBe(a);
  });
});

describe('explanation and limits', () => {
  test('verdict carries category, severity, score, rules, spans and signals', () => {
    const text = 'hey, dont tell anyone. btw send me nudes';
    const v = balanced.scan({ text });
    expect(v.flagged).toBe(true);
    expect(v.rules[0]).toBe('en.sexual.intimate_request'); // strongest first
    expect(v.rules).toContain('en.grooming.secrecy');
    expect(v.signals).toEqual(expect.arrayContaining(['intimate_request', 'secrecy']));
    // Every matched phrase lies inside a span; spans are sorted and disjoint.
    for (const phrase of ['dont tell anyone', 'send me nudes']) {
      const at = text.indexOf(phrase);
      expect(v.spans.some(([s, e]) => s <= at && at + phrase.length <= e)).toBe(true);
    }
    for (let i = 1; i < v.spans.length; i++) expect(v.spans[i]![0]).toBeGreaterThan(v.spans[i - 1]![1]);
    expect(v.score).toBeGreaterThan(0.85);
    expect(v.severity).toBe('high');
  });
  test(`text beyond MAX_SCAN_CHARS (${MAX_SCAN_CHARS}) is not scanned`, () => {
    const pad = 'a '.repeat(MAX_SCAN_CHARS);
    expect(balanced.scan({ text: `send me nudes ${pad}` }).flagged).toBe(true);
    expect(balanced.scan({ text: `${pad} send me nudes` }).flagged).toBe(false);
  });
  test('hostile input gets an answer', () => {
    for (const text of ['', ' ', '\u0000\uffff\ud800', '🔥'.repeat(5000), 'a'.repeat(1_000_000), '.'.repeat(10000)]) {
      const v = balanced.scan({ text });
      expect(v.flagged).toBe(false);
    }
    expect(balanced.scan({ text: undefined as unknown as string }).flagged).toBe(false);
  });
  test('default options are balanced with nothing disabled', () => {
    expect(DEFAULT_DETECTOR_OPTIONS).toEqual({ sensitivity: 'balanced', disabledCategories: [], customPhrases: [], allowPhrases: [] });
  });
});

describe('stats and internal errors', () => {
  test('counts scans and flags', () => {
    const d = make();
    d.scan({ text: 'see you at school tomorrow' });
    d.scan({ text: 'send me nudes or i will post your pics to all your followers' });
    expect(d.stats()).toEqual({ scanned: 2, flagged: 1, errors: 0, lastError: null });
    expect(make({ sensitivity: 'off' }).stats().scanned).toBe(0);
  });

  test('an internal error is counted and logged with the rule id, not swallowed', () => {
    const compiled = builtInRules();
    const text = 'send me nudes or i will post your pics to all your followers';
    const target = make().scan({ text }).rules[0]!;
    // A rule whose data is broken: reading its direction throws while its match is judged.
    const rules = compiled.rules.map((r) =>
      r.id === target ? Object.defineProperty({ ...r }, 'direction', { get: () => { throw new Error('broken rule data'); } }) : r);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const d = createDetector({ ...compiled, rules }, DEFAULT_DETECTOR_OPTIONS);
      const v = d.scan({ text });
      expect(v.flagged).toBe(false);
      const stats = d.stats();
      expect(stats.errors).toBe(1);
      expect(stats.lastError).toEqual({ rule: target, message: 'broken rule data' });
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]![0])).toContain(target);
      // The message text is never logged.
      expect(String(logged.mock.calls[0]![0])).not.toContain('nudes');
    } finally {
      logged.mockRestore();
    }
  });
});
