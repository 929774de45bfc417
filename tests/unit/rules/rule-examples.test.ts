// Every rule carries real positive and negative examples; this runs them all (table-driven).
import { describe, expect, test, beforeAll } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';
import { CATEGORIES, LANGS } from '../../../lib/detect/types';
import { RULE_FILES, RULES } from '../../../lib/rules/index';

/** Compiling the rules takes seconds on a busy machine: do it once, outside any test's time limit. */
beforeAll(() => {
  builtInRules();
}, 120_000);

const detector = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity: 'strict' });

function firedRules(text: string, direction: 'in' | 'out'): string[] {
  // A fresh conversation key per call keeps examples independent of each other.
  return detector.scan({ text, direction }).rules;
}

describe.each(Object.entries(RULE_FILES))('rules %s', (file, rules) => {
  const [lang = '', category = ''] = file.split('/');

  test('rules are well-formed', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.lang).toBe(lang);
      expect(r.id.startsWith(`${lang}.`)).toBe(true);
      expect(CATEGORIES).toContain(r.category);
      expect(category.replace('-', '_').startsWith(r.category.split('_')[0] ?? '') || r.category === 'sexual_request' || r.category === 'trafficking_recruitment').toBe(true);
      expect(r.weight).toBeGreaterThan(0);
      expect(r.weight).toBeLessThanOrEqual(1);
      expect(r.signal).toMatch(/^[a-z_]+$/);
      expect((r.patterns?.length ?? 0) + (r.near?.length ?? 0)).toBeGreaterThan(0);
      expect(r.examples.match.length).toBeGreaterThan(0);
      expect(r.examples.no.length).toBeGreaterThan(0);
    }
  });

  const cases = rules.flatMap((r) => [
    ...r.examples.match.map((text) => ({ id: r.id, text, want: true, direction: r.direction === 'out' ? 'out' as const : 'in' as const })),
    ...r.examples.no.map((text) => ({ id: r.id, text, want: false, direction: r.direction === 'out' ? 'out' as const : 'in' as const })),
  ]);
  test.each(cases)('$id on "$text" → $want', ({ id, text, want, direction }) => {
    expect(firedRules(text, direction).includes(id)).toBe(want);
  });
});

test('rule ids are unique', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('every language has rules for every category', () => {
  for (const lang of LANGS) for (const c of CATEGORIES) expect(RULES.some((r) => r.lang === lang && r.category === c), `${lang} ${c}`).toBe(true);
});
