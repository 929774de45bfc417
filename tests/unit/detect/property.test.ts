// Property tests: the engine never throws, and its work grows linearly with the text.
// Linearity is measured in automaton steps (deterministic), never in wall-clock time.
import fc from 'fast-check';
import { afterAll, describe, expect, test, beforeAll } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS, MAX_SCAN_CHARS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';
import type { Verdict } from '../../../lib/detect/types';

/** Compiling the rules takes seconds on a busy machine: do it once, outside any test's time limit. */
beforeAll(() => {
  builtInRules();
}, 120_000);

const detector = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity: 'strict' });
const WORDS = ['send', 'me', 'nudes', 'gửi', 'ảnh', 'nóng', 'anh', 'em', 'k', 'dc', 'r', 'u', 'home', 'alone', 'ở', 'nhà', 'một', 'mình', 'tu', 'es', 'seule', 's.e.n.d', 'n00dz', '0912 345 678', 'bit.ly/x', '#', '(', '|', ')', '🔥', '\u200b', 'đừng', 'nói', 'với', 'bố', 'mẹ'];

function valid(v: Verdict, text: string): void {
  expect(typeof v.flagged).toBe('boolean');
  expect(v.score).toBeGreaterThanOrEqual(0);
  expect(v.score).toBeLessThanOrEqual(1);
  for (const [s, e] of v.spans) {
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThanOrEqual(Math.min(text.length, MAX_SCAN_CHARS));
    expect(s).toBeLessThan(e);
  }
  if (v.flagged) expect(v.category).not.toBeNull();
}

describe('never throws, always a well-formed verdict', () => {
  test('arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => valid(detector.scan({ text }), text)), { numRuns: 300 });
  });
  test('rule words mixed with noise, both directions, in conversations', () => {
    const msg = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(msg, fc.boolean(), fc.constantFrom('a', 'b')), { maxLength: 12 }), (msgs) => {
        for (const [text, out, key] of msgs) valid(detector.scan({ text, direction: out ? 'out' : 'in', conversationKey: key }), text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('linear time', () => {
  const steps = (text: string): number => {
    const a = builtInRules().automaton;
    const before = a.steps;
    detector.scan({ text });
    return a.steps - before;
  };
  // Generous factor: 8× the text must cost well under 16× the steps (quadratic would be 64×).
  test.each([
    ['repeated phrase prefixes', 'send me send me send '],
    ['repeated near-rule terms', 'gửi ảnh gửi ảnh gửi ảnh '],
    ['single letters (split-letter joining)', 's . e . n . d . x . '],
    ['alternating abbreviations', 'k dc k dc bme r u '],
    ['random rule words', WORDS.join(' ') + ' '],
  ])('%s', (_name, unit) => {
    const reps = Math.max(1, Math.floor((MAX_SCAN_CHARS - 1) / (8 * unit.length)));
    const small = unit.repeat(reps);
    const big = unit.repeat(8 * reps);
    expect(big.length).toBeLessThan(MAX_SCAN_CHARS);
    const ratio = steps(big) / Math.max(1, steps(small));
    expect(ratio).toBeLessThan(16);
  });
  test('random word soups of n and 8n words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 40 }), (ws) => {
        const small = ws.join(' ');
        const big = Array.from({ length: 8 }, () => small).join(' ');
        fc.pre(big.length < MAX_SCAN_CHARS);
        expect(steps(big) / Math.max(1, steps(small))).toBeLessThan(16);
      }),
      { numRuns: 50 },
    );
  });
});

// "Never throws" means no internal error either: the detector catches and counts them.
afterAll(() => {
  expect(detector.stats().errors).toBe(0);
  expect(detector.stats().lastError).toBeNull();
});
