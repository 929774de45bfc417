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

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Per rule list: near-rule state and "unless" positions in typed arrays keyed by rule, reset
 * lazily by a stamp (a message touches a handful of rules; clearing or allocating per message
 * would cost more than matching).
 */
export class HitScratch {
  private stamp = 0;
  private nearStamp: Int32Array;
  private nearFrom: Int32Array;
  private nearTo: Int32Array;
  /** "unless" positions: per rule a linked list in a pool. */
  private unlessStamp: Int32Array;
  private unlessHead: Int32Array;
  private poolFrom = new Int32Array(64);
  private poolTo = new Int32Array(64);
  private poolNext = new Int32Array(64);
  private poolUsed = 0;
  /** Matches waiting for the "unless" check: rule, first word, last word. */
  private pending = new Int32Array(96);

  constructor(rules: number) {
    this.nearStamp = new Int32Array(rules);
    this.nearFrom = new Int32Array(rules * MAX_NEAR_GROUPS);
    this.nearTo = new Int32Array(rules * MAX_NEAR_GROUPS);
    this.unlessStamp = new Int32Array(rules);
    this.unlessHead = new Int32Array(rules);
  }

  /** Run `m` over the words already read into it and add what fired to `found`. */
  collect(m: Matcher, rules: readonly RuleInfo[], tokens: TokenBuffer, direction: Direction, isCustom: boolean, found: Found): void {
    const hits = m.run();
    if (hits === 0) return;
    const stamp = ++this.stamp;
    const { nearStamp, nearFrom: nf, nearTo: nt, unlessStamp, unlessHead } = this;
    this.poolUsed = 0;
    let pending = 0;
    found.judgingList = rules;
    for (let h = 0; h < hits; h++) {
      const chain = m.hitChain[h]!;
      const from = m.hitFrom[h]!;
      const to = m.hitTo[h]!;
      const rule = m.entryRule[chain]!;
      const group = m.entryGroup[chain]!;
      found.judging = rule;
      if (group === GROUP_PHRASE) {
        pending = this.addPending(pending, rule, from, to);
        continue;
      }
      if (group === GROUP_ALLOW) {
        found.allowed.push([tokens.start[m.wordFirst[from]!]!, tokens.end[m.wordLast[to]!]!]);
        continue;
      }
      if (group === GROUP_UNLESS) {
        if (unlessStamp[rule] !== stamp) {
          unlessStamp[rule] = stamp;
          unlessHead[rule] = -1;
        }
        const p = this.poolUsed++;
        if (p === this.poolFrom.length) {
          this.poolFrom = grow(this.poolFrom, p + 1);
          this.poolTo = grow(this.poolTo, p + 1);
          this.poolNext = grow(this.poolNext, p + 1);
        }
        this.poolFrom[p] = from;
        this.poolTo[p] = to;
        this.poolNext[p] = unlessHead[rule]!;
        unlessHead[rule] = p;
        continue;
      }
      const r = rules[rule]!;
      const groups = r.groups;
      const base = rule * MAX_NEAR_GROUPS;
      if (nearStamp[rule] !== stamp) {
        nearStamp[rule] = stamp;
        for (let g = 0; g < groups; g++) nf[base + g] = -1;
      }
      nf[base + group] = from;
      nt[base + group] = to;
      let lo = from;
      let hi = to;
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
      if (!overlap && hi - lo + 1 <= r.window) pending = this.addPending(pending, rule, lo, hi);
    }
    for (let pi = 0; pi < pending; pi += 3) {
      const ri = this.pending[pi]!;
      const from = this.pending[pi + 1]!;
      const to = this.pending[pi + 2]!;
      const r = rules[ri]!;
      found.judging = ri;
      if (unlessStamp[ri] === stamp) {
        const w = r.unlessWindow;
        let cancelled = false;
        for (let p = unlessHead[ri]!; p !== -1 && !cancelled; p = this.poolNext[p]!) {
          cancelled = this.poolTo[p]! >= from - w && this.poolFrom[p]! <= to + w;
        }
        if (cancelled) continue;
      }
      const dir = r.direction;
      if (dir !== 'both' && dir !== direction) continue;
      if (isCustom && direction === 'out') continue;
      let f = found.fired.get(r);
      if (!f) found.fired.set(r, (f = { rule: r, weight: r.weight, spans: [] }));
      f.spans.push([tokens.start[m.wordFirst[from]!]!, tokens.end[m.wordLast[to]!]!]);
    }
    found.judging = -1;
  }

  private addPending(n: number, rule: number, from: number, to: number): number {
    if (n + 3 > this.pending.length) this.pending = grow(this.pending, n + 3);
    this.pending[n] = rule;
    this.pending[n + 1] = from;
    this.pending[n + 2] = to;
    return n + 3;
  }
}
