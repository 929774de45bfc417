// Conversation context of the learned stage cuts both ways: evidence that adds up flags a slow
// build-up no line of which is decisive, and a familiar two-sided exchange damps one ambiguous line.
// A hand-made one-head model keeps the arithmetic visible (no dependence on the shipped weights).
import { describe, expect, test } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';
import { extractFeatures } from '../../../lib/detect/model/features';
import { FEATURE_VERSION } from '../../../lib/detect/model/features';
import type { Model } from '../../../lib/detect/model/model';
import type { Direction, Sensitivity } from '../../../lib/detect/types';

const BITS = 12;
const AMBIGUOUS = 'you looked nice in the photo today';
const points = { strict: 1, balanced: 2, low: 3 };

/** One grooming head whose only weights are the features of AMBIGUOUS: logit 1.75 on it (above Strict's point, below Balanced's). */
function toyModel(): Model {
  const weights = new Int8Array(1 << BITS);
  const f = extractFeatures(AMBIGUOUS, BITS);
  for (const i of f.idx) weights[i] = 127;
  // Each distinct bucket counts as often as it occurs.
  const dot = f.idx.reduce((a, i) => a + weights[i]! * f.v, 0);
  const bias = -4;
  return {
    format: 1, featureVersion: FEATURE_VERSION, bits: BITS, heads: ['grooming'], scales: [(1.75 - bias) / dot], biases: [bias],
    thresholds: { grooming: { vi: points, en: points, fr: points } } as Model['thresholds'],
    conversation: { decay: 0.9, thresholds: { strict: 0.2, balanced: 0.35, low: 0.9 } },
    trainedOn: 'toy', weights,
  };
}

function run(lines: [Direction, string][], sensitivity: Sensitivity = 'balanced') {
  const d = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity, model: toyModel() });
  let time = Date.UTC(2026, 0, 1);
  return lines.map(([direction, text]) => d.scan({ text, direction, conversationKey: 'site:conv', time: (time += 60_000), lang: 'en' }));
}

describe('conversation evidence adds up', () => {
  test('one ambiguous line alone is not flagged at Balanced; the same signs repeated over a conversation are', () => {
    expect(run([['in', AMBIGUOUS]])[0]!.flagged).toBe(false);
    const v = run([['in', AMBIGUOUS], ['in', 'how was school'], ['in', AMBIGUOUS], ['in', AMBIGUOUS]]);
    expect(v.slice(0, 3).map((x) => x.flagged)).toEqual([false, false, false]);
    expect(v[3]).toMatchObject({ flagged: true, category: 'grooming', stage: 'conversation' });
    expect(v[3]!.signals).toContain('conversation_signs');
    expect(v[3]!.conversation!.score).toBeGreaterThanOrEqual(0.6);
    // The warning points at words of the message that added to it.
    for (const [s, e] of v[3]!.spans) expect(AMBIGUOUS.slice(s, e)).toMatch(/\w/);
  });

  test('a line that adds nothing is not flagged, however heavy the conversation', () => {
    const v = run([['in', AMBIGUOUS], ['in', AMBIGUOUS], ['in', AMBIGUOUS], ['in', 'ok see you tomorrow']]);
    expect(v[3]!.flagged).toBe(false);
  });

  test('conversations are kept apart', () => {
    const d = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model: toyModel() });
    const flags = ['a', 'b', 'c', 'd'].map((k) => d.scan({ text: AMBIGUOUS, conversationKey: k, lang: 'en' }).flagged);
    expect(flags).toEqual([false, false, false, false]);
  });

  test('at Strict the single line is enough', () => {
    expect(run([['in', AMBIGUOUS]], 'strict')[0]).toMatchObject({ flagged: true, stage: 'model' });
  });
});

describe('a familiar exchange damps one ambiguous line', () => {
  const LIFT = 'whats your address? ill pick you up';
  const familiar: [Direction, string][] = [
    ['in', 'hi sweetheart, it is auntie Lan'], ['out', 'hi auntie!'], ['in', 'did you finish your exams'],
    ['out', 'yes last week'], ['in', 'well done, grandma is proud'], ['in', 'we are all going to the shop on saturday'],
  ];

  test('the line alone (or from a stranger) is flagged at Balanced', () => {
    expect(run([['in', LIFT]])[0]).toMatchObject({ flagged: true, category: 'grooming', stage: 'rules' });
  });

  test('after a quiet two-sided exchange it is not flagged at Balanced, still at Strict', () => {
    expect(run([...familiar, ['in', LIFT]]).at(-1)!.flagged).toBe(false);
    expect(run([...familiar, ['in', LIFT]], 'strict').at(-1)!.flagged).toBe(true);
  });

  test('a one-sided run of messages is not "familiar"', () => {
    const oneSided = familiar.filter(([d]) => d === 'in').concat([['in', 'are you there'], ['in', 'hello?']]);
    expect(run([...oneSided, ['in', LIFT]]).at(-1)!.flagged).toBe(true);
  });
});
