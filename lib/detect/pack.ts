// Compiled rules ↔ a compact, JSON-safe package: the build compiles the rule packs once and ships
// the result (lib/rules/packed.ts, replaced at build time by scripts/packed-rules-plugin.ts), so a
// page only decodes it and derives its lookup tables (./tables.ts) — it never compiles a rule.
//
// Only what cannot be derived is shipped (CompactAutomaton). Integers are written as text: zig-zag
// values (deltas where a sequence grows) in base-32 digits, one character each, so that gzip sees
// repeated values as repeated characters; word keys are plain text, one per line.

import { AutomatonBuilder, GROUP_PHRASE, GROUP_UNLESS, type CompactAutomaton } from './compile';
import { Matcher } from './matcher';
import { buildTables, buildTablesInSteps, parentsOf, runSteps } from './tables';
import type { Category, Rule, RuleInfo } from './types';

/** Bump when the package layout changes. */
export const PACKED_FORMAT = 2;

/** Default near-rule window, in words. */
export const DEFAULT_WINDOW = 8;
/** Near rules have at most this many groups. */
export const MAX_NEAR_GROUPS = 8;

export interface PackedRules {
  format: number;
  /** Per rule: id, category, weight, signal, direction, groups, window, unlessWindow. */
  rules: [string, Category, number, string, RuleInfo['direction'], number, number, number][];
  /** Word keys in id order, then the fold and exact aliases: newline-separated. */
  words: string;
  aliases: [string, string];
  /** Every integer table, in the order of encodeCompact. */
  ints: string;
}

/** Rules compiled into one automaton, plus what scoring needs of each rule (by index). */
export interface CompiledRules {
  readonly rules: readonly RuleInfo[];
  readonly automaton: Matcher;
}

export function ruleInfo(r: Rule): RuleInfo {
  const window = r.window ?? DEFAULT_WINDOW;
  return {
    id: r.id, category: r.category, weight: r.weight, signal: r.signal, direction: r.direction ?? 'in',
    groups: r.near?.length ?? 0, window, unlessWindow: r.unlessWindow ?? window,
  };
}

/** Rule patterns → the compact automaton (rule index = position in `rules`). */
export function compileCompact(rules: readonly Rule[]): CompactAutomaton {
  const builder = new AutomatonBuilder();
  rules.forEach((r, ri) => {
    if ((r.near?.length ?? 0) > MAX_NEAR_GROUPS) throw new Error(`rule ${r.id}: more than ${MAX_NEAR_GROUPS} near groups`);
    for (const p of r.patterns ?? []) builder.add(p, { rule: ri, group: GROUP_PHRASE });
    (r.near ?? []).forEach((g, gi) => {
      for (const term of g) builder.add(term, { rule: ri, group: gi });
    });
    for (const u of r.unless ?? []) builder.add(u, { rule: ri, group: GROUP_UNLESS });
  });
  return builder.compact();
}

/** Compile rules from source, in this context (the reference the package is checked against). */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  return { rules: rules.map(ruleInfo), automaton: new Matcher(buildTables(compileCompact(rules))) };
}

/** Compile rules into the package the build ships. */
export function packRules(rules: readonly Rule[]): PackedRules {
  const c = compileCompact(rules);
  const lines = (keys: readonly string[]): string => {
    for (const k of keys) if (k.includes('\n')) throw new Error(`word key with a newline: ${JSON.stringify(k)}`);
    return keys.join('\n');
  };
  const w = new IntWriter();
  w.plain(c.wordSpace);
  w.plain(c.aliasIds[0]);
  w.plain(c.aliasIds[1]);
  w.plain(c.childCount);
  w.siblingDeltas(c.childCount, c.edgeWord);
  w.plain(c.stateTerm.map((t) => (t >= 0 ? 1 : 0)));
  w.deltas(c.slotChain);
  w.plain(c.slotOptional);
  w.plain(c.slotTermCount);
  w.groupDeltas(c.slotTermCount, c.slotTerms);
  w.deltas(c.entryRule);
  w.plain(c.entryGroup);
  return {
    format: PACKED_FORMAT,
    rules: rules.map(ruleInfo).map((r) => [r.id, r.category, r.weight, r.signal, r.direction, r.groups, r.window, r.unlessWindow]),
    words: lines(c.words),
    aliases: [lines(c.aliasKeys[0]), lines(c.aliasKeys[1])],
    ints: w.text(),
  };
}

/** Decode a package and derive its tables: no compilation. */
export function loadRules(p: PackedRules): CompiledRules {
  return runSteps(loadRulesInSteps(p));
}

/** loadRules in a few steps (see buildTablesInSteps). */
export function* loadRulesInSteps(p: PackedRules): Generator<void, CompiledRules> {
  if (p.format !== PACKED_FORMAT) throw new Error(`packed rules: format ${p.format}, expected ${PACKED_FORMAT} (rebuild)`);
  const r = new IntReader(p.ints);
  const wordSpace = Uint8Array.from(r.plain());
  const aliasIds: [Int32Array, Int32Array] = [r.plain(), r.plain()];
  const childCount = r.plain();
  const edgeWord = r.siblingDeltas(childCount);
  yield;
  let terms = 0;
  const stateTerm = r.plain().map((end) => (end ? terms++ : -1));
  const slotChain = r.deltas();
  const slotOptional = Uint8Array.from(r.plain());
  const slotTermCount = r.plain();
  const slotTerms = r.groupDeltas(slotTermCount);
  const entryRule = r.deltas();
  const entryGroup = r.plain();
  r.end();
  const lines = (s: string, n: number): string[] => (n === 0 ? [] : s.split('\n'));
  const compact: CompactAutomaton = {
    words: lines(p.words, wordSpace.length),
    wordSpace,
    aliasKeys: [lines(p.aliases[0], aliasIds[0].length), lines(p.aliases[1], aliasIds[1].length)],
    aliasIds,
    childCount,
    edgeWord,
    stateTerm,
    slotChain,
    slotOptional,
    slotTermCount,
    slotTerms,
    entryRule,
    entryGroup,
  };
  const rules = p.rules.map(([id, category, weight, signal, direction, groups, window, unlessWindow]): RuleInfo =>
    ({ id, category, weight, signal, direction, groups, window, unlessWindow }));
  yield;
  return { rules, automaton: new Matcher(yield* buildTablesInSteps(compact)) };
}

/** 64 characters that need no escaping in JSON or JavaScript strings. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

class IntWriter {
  private out: string[] = [];

  /** One value: zig-zag, then base-32 digits, low first; a digit + 32 means more follow. */
  private value(v: number): void {
    let z = v >= 0 ? v * 2 : -v * 2 - 1;
    let s = '';
    while (z >= 32) {
      s += DIGITS[(z % 32) + 32];
      z = Math.floor(z / 32);
    }
    this.out.push(s + DIGITS[z]);
  }

  plain(a: ArrayLike<number>): void {
    this.value(a.length);
    for (let i = 0; i < a.length; i++) this.value(a[i]!);
  }

  /** A growing sequence: each value minus the one before. */
  deltas(a: ArrayLike<number>): void {
    this.value(a.length);
    let prev = 0;
    for (let i = 0; i < a.length; i++) {
      this.value(a[i]! - prev);
      prev = a[i]!;
    }
  }

  /** Consecutive groups of `counts[g]` values, each growing: deltas restart with every group. */
  groupDeltas(counts: ArrayLike<number>, a: ArrayLike<number>): void {
    let at = 0;
    for (let g = 0; g < counts.length; g++) {
      let prev = 0;
      for (let k = 0; k < counts[g]!; k++, at++) {
        this.value(a[at]! - prev);
        prev = a[at]!;
      }
    }
  }

  /** Edge words of a depth-first trie: each minus the previous sibling's (children are sorted). */
  siblingDeltas(childCount: ArrayLike<number>, edgeWord: ArrayLike<number>): void {
    const parent = parentsOf(childCount);
    const last = new Int32Array(childCount.length);
    for (let k = 1; k < childCount.length; k++) {
      const p = parent[k]!;
      this.value(edgeWord[k]! - last[p]!);
      last[p] = edgeWord[k]!;
    }
  }

  text(): string {
    return this.out.join('');
  }
}

class IntReader {
  private at = 0;
  constructor(private readonly s: string) {}

  private value(): number {
    let z = 0;
    let scale = 1;
    for (;;) {
      const d = DIGIT_VALUE[this.s.charCodeAt(this.at++)] ?? -1;
      if (d < 0) throw new Error('packed rules: corrupt integer table');
      z += (d & 31) * scale;
      if (d < 32) break;
      scale *= 32;
    }
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  plain(): Int32Array {
    const a = new Int32Array(this.value());
    for (let i = 0; i < a.length; i++) a[i] = this.value();
    return a;
  }

  deltas(): Int32Array {
    const a = new Int32Array(this.value());
    let prev = 0;
    for (let i = 0; i < a.length; i++) a[i] = prev += this.value();
    return a;
  }

  groupDeltas(counts: Int32Array): Int32Array {
    let n = 0;
    for (let g = 0; g < counts.length; g++) n += counts[g]!;
    const a = new Int32Array(n);
    let at = 0;
    for (let g = 0; g < counts.length; g++) {
      let prev = 0;
      for (let k = 0; k < counts[g]!; k++) a[at++] = prev += this.value();
    }
    return a;
  }

  siblingDeltas(childCount: Int32Array): Int32Array {
    const parent = parentsOf(childCount);
    const last = new Int32Array(childCount.length);
    const edgeWord = new Int32Array(childCount.length);
    for (let k = 1; k < childCount.length; k++) {
      const p = parent[k]!;
      edgeWord[k] = last[p] = last[p]! + this.value();
    }
    return edgeWord;
  }

  /** Everything was read. */
  end(): void {
    if (this.at !== this.s.length) throw new Error('packed rules: trailing data');
  }
}
