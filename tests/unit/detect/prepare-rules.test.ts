// The content script decodes the packed rules at idle time in a few steps, giving the page a turn
// between them; a message that comes first finishes the decoding at once. Same rules either way.
import { describe, expect, it, vi } from 'vitest';

type BuiltIn = typeof import('../../../lib/rules/built-in');

async function fresh(): Promise<BuiltIn> {
  vi.resetModules();
  return import('../../../lib/rules/built-in');
}

describe('prepareBuiltInRules', () => {
  it('yields to the page between steps and gives the rules builtInRules() gives', async () => {
    const direct = (await fresh()).builtInRules();
    const stepped = await fresh();
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    await stepped.prepareBuiltInRules();
    clearInterval(timer);
    expect(turns).toBeGreaterThan(0);
    const rules = stepped.builtInRules();
    expect(rules).not.toBe(direct);
    expect([rules.automaton.stateCount, rules.automaton.termCount]).toEqual([direct.automaton.stateCount, direct.automaton.termCount]);
    expect(rules.rules).toEqual(direct.rules);
  }, 60_000);

  it('lets a first message finish the decoding synchronously', async () => {
    const builtIn = await fresh();
    const pending = builtIn.prepareBuiltInRules();
    const rules = builtIn.builtInRules();
    expect(rules.automaton.stateCount).toBeGreaterThan(1000);
    await pending;
    expect(builtIn.builtInRules()).toBe(rules);
  }, 60_000);
});
