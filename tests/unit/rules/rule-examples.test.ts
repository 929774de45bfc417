// Every rule carries real positive and negative examples; this runs them all (table-driven).
import { describe, expect, test, beforeAll } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';
import { CATEGORIES, LANGS } from '../../../lib/detect/types';
import { RULE_FILES, RULES } from '../../../lib/rules/index';
import { expandPattern } from '../../../lib/detect/pattern';
import { tokenize } from '../../../lib/detect/tokenize';

/** Compiling the rules takes seconds on a busy machine: do it once, outside any test's time limit. */
beforeAll(() => {
  builtInRules();
}, 120_000);

const detector = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity: 'strict' });

function firedRules(text: string, direction: 'in' | 'out'): string[] {
  // A fresh conversation key per call keeps examples independent of each other.
  return detector.scan({ text, direction }).rules;
}

/** Rule file name → the category every rule in it must have. */
const FILE_CATEGORY: Record<string, string> = {
  bullying: 'bullying', grooming: 'grooming', 'personal-info': 'personal_info', scam: 'scam',
  'sexual-request': 'sexual_request', sextortion: 'sextortion', trafficking: 'trafficking_recruitment',
};

describe.each(Object.entries(RULE_FILES))('rules %s', (file, rules) => {
  const [lang = '', category = ''] = file.split('/');

  test('rules are well-formed', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.lang).toBe(lang);
      expect(r.id.startsWith(`${lang}.`)).toBe(true);
      expect(CATEGORIES).toContain(r.category);
      // Each rule sits in the file of its own category (no category is accepted anywhere).
      expect(r.category).toBe(FILE_CATEGORY[category]);
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

/** Normalised words of a text (fold keys), to compare an example with a pattern's expansions. */
const words = (s: string): string => tokenize(s.replace(/[=~]/g, ''), false).key.join(' ');

/** Every text a rule's patterns (or its near groups, in order) expand to, as normalised words. */
function literalExpansions(rule: (typeof RULES)[number]): Set<string> {
  const out = new Set<string>();
  for (const p of rule.patterns ?? []) for (const e of expandPattern(p.replace(/[=~]/g, ''), 20_000)) out.add(words(e));
  if (rule.near) {
    let combos = [''];
    for (const group of rule.near) {
      const next: string[] = [];
      for (const c of combos) for (const term of group) for (const e of expandPattern(term.replace(/[=~]/g, ''), 100)) if (next.length < 50_000) next.push(`${c} ${e}`);
      combos = next;
    }
    for (const c of combos) out.add(words(c));
  }
  return out;
}

test.each(RULES.map((r) => ({ id: r.id, rule: r })))('$id has a match example that is not a literal expansion of its own pattern', ({ rule }) => {
  const literal = literalExpansions(rule);
  const general = rule.examples.match.filter((m) => !literal.has(words(m)));
  expect(general, `every match example of ${rule.id} is one of its pattern's expansions word for word`).not.toEqual([]);
});
