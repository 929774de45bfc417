// Issue 8, bad input: text an offender or a hostile page can craft. Complements the engine's own
// property tests (tests/unit/detect/property.test.ts) with the shapes attacks take: floods of
// combining marks and invisible characters, lone surrogates, bidi overrides, a 1 MB message.
// Costs are counted in automaton steps (deterministic), never in wall-clock time.
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS, MAX_SCAN_CHARS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';

const detector = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity: 'strict' });
const RISKY = 'Tối nay em ở nhà một mình hả? Nhớ đừng nói với bố mẹ chuyện mình nói chuyện nhé.';

const steps = (text: string): number => {
  const automaton = builtInRules().automaton;
  const before = automaton.steps;
  detector.scan({ text, conversationKey: `steps-${text.length}` });
  return automaton.steps - before;
};

const HOSTILE_UNITS: [string, string][] = [
  ['combining marks on one letter', `a${'\u0301\u0323\u0309'.repeat(1000)}`],
  ['zero-width characters', '\u200b\u200c\u200d\u2060\ufeff'.repeat(1000)],
  ['bidi overrides', '\u202e\u202d\u2066\u2069'.repeat(1000)],
  ['lone surrogates', '\ud800\udc00\ud800x\udfff'.repeat(1000)],
  ['emoji ZWJ sequences', '👩‍👩‍👧‍👦'.repeat(500)],
  ['markup payloads', `<img src=x onerror="alert(1)"><script>alert(1)</script>`.repeat(100)],
  ['a single letter repeated', 'e'.repeat(50_000)],
  ['one long word of Vietnamese tones', 'ệễểếề'.repeat(10_000)],
  ['separators only', '. - _ / | '.repeat(5_000)],
];

describe('hostile text', () => {
  test.each(HOSTILE_UNITS)('%s: never throws, and a verdict comes back', (_name, text) => {
    const verdict = detector.scan({ text });
    expect(typeof verdict.flagged).toBe('boolean');
    expect(verdict.score).toBeGreaterThanOrEqual(0);
    expect(verdict.score).toBeLessThanOrEqual(1);
  });

  test.each(HOSTILE_UNITS)('%s placed after a risky phrase does not hide it', (_name, noise) => {
    // A phrase placed first is always read: the noise after it cannot hide it.
    expect(detector.scan({ text: `${RISKY} ${noise}` }).flagged).toBe(true);
  });

  test('a 1 MB message costs no more than a message of MAX_SCAN_CHARS (it is cut first)', () => {
    const unit = 'gửi ảnh nóng cho anh đi em ';
    const capped = unit.repeat(Math.ceil(MAX_SCAN_CHARS / unit.length)).slice(0, MAX_SCAN_CHARS);
    const huge = unit.repeat(Math.ceil(1_000_000 / unit.length));
    expect(huge.length).toBeGreaterThanOrEqual(1_000_000);
    const ratio = steps(huge) / Math.max(1, steps(capped));
    expect(ratio).toBeLessThan(1.5);
  });

  test('random strings of hostile pieces never throw', () => {
    const piece = fc.oneof(
      fc.constantFrom('\u0301', '\u200b', '\u202e', '\ud800', '\udfff', '👩‍👧', '<script>', 'javascript:', 'đừng nói với bố mẹ', 'gửi ảnh', 'nude', 'OTP'),
      fc.string({ unit: 'binary', maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const verdict = detector.scan({ text: pieces.join('') });
        expect(typeof verdict.flagged).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

// "Never throws" means no internal error either: the detector catches and counts them.
afterAll(() => {
  expect(detector.stats().errors).toBe(0);
  expect(detector.stats().lastError).toBeNull();
});
