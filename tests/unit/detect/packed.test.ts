// The rules the extension ships are packed at build time (lib/rules/packed.ts, replaced by
// scripts/packed-rules-plugin.ts; Vitest runs the same plugin). They must be exactly what the rule
// sources compile to: same package, and the same verdicts as a compile from source on every
// rule example, in both directions and at every sensitivity.
import { describe, expect, test } from 'vitest';
import { compileRules, createDetector, DEFAULT_DETECTOR_OPTIONS, loadRules, packRules, PACKED_FORMAT } from '../../../lib/detect/index';
import { SENSITIVITIES } from '../../../lib/detect/types';
import { builtInRules } from '../../../lib/rules/built-in';
import { RULES } from '../../../lib/rules/index';
import { PACKED_RULES } from '../../../lib/rules/packed';

const fromSource = compileRules(RULES);
const texts = [...new Set(RULES.flatMap((r) => [...r.examples.match, ...r.examples.no]))];

describe('packed rules', () => {
  test('the shipped package is up to date with the rule sources', () => {
    expect(PACKED_RULES.format).toBe(PACKED_FORMAT);
    expect(PACKED_RULES).toEqual(packRules(RULES));
  });

  test('the package holds no rule source: no pattern, no example', () => {
    const json = JSON.stringify(PACKED_RULES);
    for (const r of RULES.slice(0, 40)) {
      for (const text of [...r.examples.match, ...r.examples.no]) if (text.includes(' ')) expect(json).not.toContain(text);
    }
  });

  test('same automaton size as a compile from source', () => {
    const packed = builtInRules();
    expect([packed.automaton.stateCount, packed.automaton.termCount, packed.rules.length]).toEqual([fromSource.automaton.stateCount, fromSource.automaton.termCount, fromSource.rules.length]);
    expect(packed.rules).toEqual(fromSource.rules);
  });

  test.each(SENSITIVITIES.filter((s) => s !== 'off'))('same verdicts as a compile from source on every rule example (%s)', (sensitivity) => {
    const options = { ...DEFAULT_DETECTOR_OPTIONS, sensitivity };
    const packed = createDetector(builtInRules(), options);
    const source = createDetector(fromSource, options);
    let fired = 0;
    for (const text of texts) {
      for (const direction of ['in', 'out'] as const) {
        const v = packed.scan({ text, direction });
        expect(v, `${direction}: ${text}`).toEqual(source.scan({ text, direction }));
        if (v.rules.length > 0) fired++;
      }
    }
    expect(fired).toBeGreaterThan(texts.length / 4);
    expect(packed.stats().errors).toBe(0);
  });

  test('a package from another format is refused with a clear message', () => {
    expect(() => loadRules({ ...PACKED_RULES, format: PACKED_FORMAT + 1 })).toThrow(/format/);
    expect(() => loadRules({ ...PACKED_RULES, ints: PACKED_RULES.ints.slice(0, -10) })).toThrow(/packed rules/);
  });
});
