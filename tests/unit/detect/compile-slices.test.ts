import { describe, expect, it, vi } from 'vitest';

type Engine = typeof import('../../../lib/detect/index');

async function freshEngine(): Promise<Engine> {
  vi.resetModules();
  return import('../../../lib/detect/index');
}

describe('compileRulesInSlices', () => {
  it('yields between slices and builds the same automaton and verdicts as a one-go compile', async () => {
    const direct = await freshEngine();
    const a = direct.compiledRules().automaton;
    const sliced = await freshEngine();
    let yielded = 0;
    const timer = setInterval(() => yielded++, 0);
    await sliced.compileRulesInSlices(0.5);
    clearInterval(timer);
    expect(yielded).toBeGreaterThan(0);
    const b = sliced.compiledRules().automaton;
    expect(b).not.toBe(a);
    expect([b.stateCount, b.termCount, b.entries.length]).toEqual([a.stateCount, a.termCount, a.entries.length]);
    const texts = direct.compiledRules().rules.flatMap((r) => [...r.examples.match, ...r.examples.no]);
    const d1 = direct.createDetector();
    const d2 = sliced.createDetector();
    for (const text of texts) expect(d2.scan({ text })).toEqual(d1.scan({ text }));
  }, 120_000);

  it('lets a scan that comes first finish the compilation synchronously', async () => {
    const engine = await freshEngine();
    const pending = engine.compileRulesInSlices(0.5);
    const v = engine.createDetector().scan({ text: 'send me a pic of you naked' });
    expect(v.flagged).toBe(true);
    await pending;
    expect(engine.compiledRules().automaton.stateCount).toBeGreaterThan(0);
  }, 120_000);
});
