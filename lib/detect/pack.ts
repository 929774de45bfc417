// Compiled rules ↔ a compact, JSON-safe package: the build compiles the rule packs once and ships
// the tables (lib/rules/packed.ts, replaced at build time by scripts/packed-rules-plugin.ts), so a
// page only decodes them — it never compiles a rule.
//
// Integer tables are LEB128 varints (zig-zag; delta-coded when non-decreasing) in one base64
// string; vocabulary keys are plain text, one per line; rule metadata is an array per rule.

import { AutomatonBuilder, GROUP_PHRASE, GROUP_UNLESS, type AutomatonTables } from './compile';
import { Matcher } from './matcher';
import type { Category, Rule, RuleInfo } from './types';

/** Bump when the package layout changes. */
export const PACKED_FORMAT = 1;

/** Default near-rule window, in words. */
export const DEFAULT_WINDOW = 8;
/** Near rules have at most this many groups. */
export const MAX_NEAR_GROUPS = 8;

export interface PackedRules {
  format: number;
  /** Per rule: id, category, weight, signal, direction, groups, window, unlessWindow. */
  rules: [string, Category, number, string, RuleInfo['direction'], number, number, number][];
  /** Fold and exact vocabulary keys, newline-separated. */
  vocab: [string, string];
  idStride: number;
  termStride: number;
  /** The integer tables, in INT_FIELDS order. */
  ints: string;
}

/** Rules compiled into one automaton, plus what scoring needs of each rule (by index). */
export interface CompiledRules {
  readonly rules: readonly RuleInfo[];
  readonly automaton: Matcher;
}

const INT_FIELDS = [
  'transKeys', 'transNext', 'fail', 'outStart', 'outTerms', 'termLen', 'soloStart', 'soloChains', 'slotChain',
  'slotOptional', 'slotCanEnd', 'slotTermKeys', 'pairKeys', 'pairStart', 'pairSlots', 'entryRule', 'entryGroup',
] as const;
type IntField = (typeof INT_FIELDS)[number];
const BYTE_FIELDS: ReadonlySet<IntField> = new Set(['slotOptional', 'slotCanEnd']);

export function ruleInfo(r: Rule): RuleInfo {
  const window = r.window ?? DEFAULT_WINDOW;
  return {
    id: r.id, category: r.category, weight: r.weight, signal: r.signal, direction: r.direction ?? 'in',
    groups: r.near?.length ?? 0, window, unlessWindow: r.unlessWindow ?? window,
  };
}

/** Rule patterns → automaton tables (rule index = position in `rules`). */
export function compileTables(rules: readonly Rule[]): AutomatonTables {
  const builder = new AutomatonBuilder();
  rules.forEach((r, ri) => {
    if ((r.near?.length ?? 0) > MAX_NEAR_GROUPS) throw new Error(`rule ${r.id}: more than ${MAX_NEAR_GROUPS} near groups`);
    for (const p of r.patterns ?? []) builder.add(p, { rule: ri, group: GROUP_PHRASE });
    (r.near ?? []).forEach((g, gi) => {
      for (const term of g) builder.add(term, { rule: ri, group: gi });
    });
    for (const u of r.unless ?? []) builder.add(u, { rule: ri, group: GROUP_UNLESS });
  });
  return builder.finish();
}

/** Compile rules from source, in this context (the CLI, tests, and the reference for the package). */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  return { rules: rules.map(ruleInfo), automaton: new Matcher(compileTables(rules)) };
}

/** Compile rules into the package the build ships. */
export function packRules(rules: readonly Rule[]): PackedRules {
  const t = compileTables(rules);
  const bytes = new ByteWriter();
  for (const f of INT_FIELDS) bytes.ints(t[f]);
  for (const k of [...t.vocabKeys[0], ...t.vocabKeys[1]]) {
    if (/\n/.test(k)) throw new Error(`vocabulary key with a newline: ${JSON.stringify(k)}`);
  }
  bytes.ints(t.vocabIds[0]);
  bytes.ints(t.vocabIds[1]);
  return {
    format: PACKED_FORMAT,
    rules: rules.map(ruleInfo).map((r) => [r.id, r.category, r.weight, r.signal, r.direction, r.groups, r.window, r.unlessWindow]),
    vocab: [t.vocabKeys[0].join('\n'), t.vocabKeys[1].join('\n')],
    idStride: t.idStride,
    termStride: t.termStride,
    ints: bytes.base64(),
  };
}

/** Decode a package: typed arrays and lookup tables, no compilation. */
export function loadRules(p: PackedRules): CompiledRules {
  if (p.format !== PACKED_FORMAT) throw new Error(`packed rules: format ${p.format}, expected ${PACKED_FORMAT} (rebuild)`);
  const bytes = new ByteReader(p.ints);
  const ints = {} as Record<IntField, Int32Array | Uint8Array>;
  for (const f of INT_FIELDS) {
    const a = bytes.ints();
    ints[f] = BYTE_FIELDS.has(f) ? Uint8Array.from(a) : a;
  }
  const foldIds = bytes.ints();
  const exactIds = bytes.ints();
  const keys = (s: string, n: number): string[] => (n === 0 ? [] : s.split('\n'));
  const tables = {
    ...(ints as Record<IntField, Int32Array>),
    slotOptional: ints.slotOptional as Uint8Array,
    slotCanEnd: ints.slotCanEnd as Uint8Array,
    vocabKeys: [keys(p.vocab[0], foldIds.length), keys(p.vocab[1], exactIds.length)],
    vocabIds: [foldIds, exactIds],
    idStride: p.idStride,
    termStride: p.termStride,
  } satisfies AutomatonTables;
  const rules = p.rules.map(([id, category, weight, signal, direction, groups, window, unlessWindow]): RuleInfo =>
    ({ id, category, weight, signal, direction, groups, window, unlessWindow }));
  return { rules, automaton: new Matcher(tables) };
}

class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private n = 0;

  private byte(b: number): void {
    if (this.n === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = b;
  }

  private varint(v: number): void {
    let z = v >= 0 ? v * 2 : -v * 2 - 1; // zig-zag, exact up to 2^52
    while (z >= 0x80) {
      this.byte((z % 0x80) | 0x80);
      z = Math.floor(z / 0x80);
    }
    this.byte(z);
  }

  ints(a: ArrayLike<number>): void {
    let sorted = 1;
    for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) { sorted = 0; break; }
    this.varint(a.length);
    this.varint(sorted);
    let prev = 0;
    for (let i = 0; i < a.length; i++) {
      this.varint(sorted ? a[i]! - prev : a[i]!);
      prev = a[i]!;
    }
  }

  base64(): string {
    let s = '';
    for (let i = 0; i < this.n; i += 0x8000) s += String.fromCharCode(...this.buf.subarray(i, Math.min(this.n, i + 0x8000)));
    return btoa(s);
  }
}

class ByteReader {
  private buf: Uint8Array;
  private at = 0;

  constructor(base64: string) {
    const s = atob(base64);
    this.buf = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) this.buf[i] = s.charCodeAt(i);
  }

  private varint(): number {
    let z = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.buf.length) throw new Error('packed rules: truncated');
      const b = this.buf[this.at++]!;
      z += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
    }
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  ints(): Int32Array {
    const n = this.varint();
    const sorted = this.varint() === 1;
    const a = new Int32Array(n);
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const v = this.varint();
      a[i] = sorted ? (prev += v) : v;
    }
    return a;
  }
}
