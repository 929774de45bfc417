// Chain matches → fired rules: near rules need one term of every group within their window,
// "unless" terms cancel a match close to them, allowed phrases are noted, direction filters.

import { GROUP_ALLOW, GROUP_PHRASE, GROUP_UNLESS } from './compile';
import type { Matcher } from './matcher';
import { MAX_NEAR_GROUPS } from './pack';
import type { TokenBuffer } from './tokenize';
import type { Direction, RuleInfo, Span } from './types';

export interface Fired {
  rule: RuleInfo;
  weight: number;
  spans: Span[];
}

/** What one message's matching found, across the built-in and the custom automaton. */
export interface Found {
  fired: Map<RuleInfo, Fired>;
  /** Spans of allowed phrases. */
  allowed: Span[];
  /** The rule being judged (index into `judgingList`), for the error report; -1 when none. */
  judging: number;
  judgingList: readonly RuleInfo[];
}

/**
 * Near-rule state and "unless" positions in flat arrays keyed by rule, reset lazily by a stamp
 * (most messages touch a handful of rules; allocating per message costs more than matching).
 */
const scratch = {
  stamp: 0,
  pending: [] as number[],
  nearStamp: [] as number[],
  nearFrom: [] as number[],
  nearTo: [] as number[],
  unlessStamp: [] as number[],
  unless: [] as number[][],
};

/** Run `m` over the words already read into it and add what fired to `found`. */
export function collectHits(m: Matcher, rules: readonly RuleInfo[], tokens: TokenBuffer, direction: Direction, isCustom: boolean, found: Found): void {
  const hits = m.run();
  if (hits === 0) return;
  const first = m.wordFirst;
  const last = m.wordLast;
  const span = (from: number, to: number): Span => [tokens.start[first[from]!]!, tokens.end[last[to]!]!];
  const s = scratch;
  s.stamp++;
  const pending = s.pending;
  pending.length = 0;
  found.judgingList = rules;
  for (let h = 0; h < hits; h++) {
    const chain = m.hitChain[h]!;
    const from = m.hitFrom[h]!;
    const to = m.hitTo[h]!;
    const rule = m.entryRule[chain]!;
    const group = m.entryGroup[chain]!;
    found.judging = rule;
    if (group === GROUP_PHRASE) { pending.push(rule, from, to); continue; }
    if (group === GROUP_ALLOW) { found.allowed.push(span(from, to)); continue; }
    if (group === GROUP_UNLESS) {
      if (s.unlessStamp[rule] !== s.stamp) {
        s.unlessStamp[rule] = s.stamp;
        s.unless[rule] = [];
      }
      s.unless[rule]!.push(from, to);
      continue;
    }
    const r = rules[rule]!;
    const groups = r.groups;
    const base = rule * MAX_NEAR_GROUPS;
    const nf = s.nearFrom;
    const nt = s.nearTo;
    if (s.nearStamp[rule] !== s.stamp) {
      s.nearStamp[rule] = s.stamp;
      for (let g = 0; g < groups; g++) nf[base + g] = -1;
    }
    nf[base + group] = from;
    nt[base + group] = to;
    let lo = Infinity;
    let hi = -1;
    let complete = true;
    for (let g = 0; g < groups; g++) {
      const f = nf[base + g]!;
      if (f < 0) { complete = false; break; }
      if (f < lo) lo = f;
      if (nt[base + g]! > hi) hi = nt[base + g]!;
    }
    if (!complete) continue;
    // Each group needs words of its own: one word cannot be both the verb and the object.
    let overlap = false;
    for (let g = 0; g < groups && !overlap; g++) {
      for (let k = g + 1; k < groups; k++) {
        if (nf[base + g]! <= nt[base + k]! && nf[base + k]! <= nt[base + g]!) { overlap = true; break; }
      }
    }
    if (!overlap && hi - lo + 1 <= r.window) pending.push(rule, lo, hi);
  }
  for (let pi = 0; pi < pending.length; pi += 3) {
    const ri = pending[pi]!;
    const from = pending[pi + 1]!;
    const to = pending[pi + 2]!;
    const r = rules[ri]!;
    found.judging = ri;
    const u = s.unlessStamp[ri] === s.stamp ? s.unless[ri] : undefined;
    if (u) {
      const w = r.unlessWindow;
      let cancelled = false;
      for (let k = 0; k < u.length; k += 2) {
        if (u[k + 1]! >= from - w && u[k]! <= to + w) { cancelled = true; break; }
      }
      if (cancelled) continue;
    }
    const dir = r.direction;
    if (dir !== 'both' && dir !== direction) continue;
    if (isCustom && direction === 'out') continue;
    let f = found.fired.get(r);
    if (!f) found.fired.set(r, (f = { rule: r, weight: r.weight, spans: [] }));
    f.spans.push(span(from, to));
  }
  found.judging = -1;
}
