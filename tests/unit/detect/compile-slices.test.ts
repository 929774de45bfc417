import { describe, expect, it, vi } from 'vitest';
import { RULES } from '../../../lib/rules/index';

type BuiltIn = typeof import('../../../lib/rules/built-in');
type Engine = typeof import('../../../lib/detect/index');

async function fresh(): Promise<{ builtIn: BuiltIn; engine: Engine }> {
  vi.resetModules();
  return { builtIn: await import('../../../lib/rules/built-in'), engine: await import('../../../lib/detect/index') };
}

describe('prepareBuiltInRules', () => {
  it('yields between slices and builds the same automaton and verdicts as a one-go compile', async () => {
    const direct = await fresh();
    const a = direct.builtIn.builtInRules().automaton;
    const sliced = await fresh();
    let yielded = 0;
    const timer = setInterval(() => yielded++, 0);
    await sliced.builtIn.prepareBuiltInRules(0.5);
    clearInterval(timer);
    expect(yielded).toBeGreaterThan(0);
    const b = sliced.builtIn.builtInRules().automaton;
    expect(b).not.toBe(a);
    expect([b.stateCount, b.termCount, b.entries.length]).toEqual([a.stateCount, a.termCount, a.entries.length]);
    const texts = RULES.flatMap((r) => [...r.examples.match, ...r.examples.no]);
    const d1 = direct.engine.createDetector(direct.builtIn.builtInRules());
    const d2 = sliced.engine.createDetector(sliced.builtIn.builtInRules());
    for (const text of texts) expect(d2.scan({ text })).toEqual(d1.scan({ text }));
  }, 120_000);

  it('lets a scan that comes first finish the compilation synchronously', async () => {
    const { builtIn, engine } = await fresh();
    const pending = builtIn.prepareBuiltInRules(0.5);
    const v = engine.createDetector(builtIn.builtInRules()).scan({ text: 'send me a pic of you naked' });
    expect(v.flagged).toBe(true);
    await pending;
    expect(builtIn.builtInRules().automaton.stateCount).toBeGreaterThan(0);
  }, 120_000);
});
