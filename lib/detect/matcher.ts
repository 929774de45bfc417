// The run loop: tokens → word ids → chain matches, over tables from ./compile.ts. One pass, no
// backtracking: time is linear in the number of words (each failure step is paid for by an earlier
// forward step). All per-message state lives in scratch arrays reused from one message to the next.

import { deLeet, exactKey, foldKey, unstretch } from './normalise';
import type { IntTable, KeyTable } from './hash-tables';
import type { AutomatonTables } from './tables';
import { KIND_WORD, type TokenBuffer } from './tokenize';

/** Letters split by dots/spaces/emoji are re-joined when the run has at least this many letters. */
const MIN_SPLIT_RUN = 3;
const MAX_SPLIT_RUN = 24;
const MAX_SPLIT_GAP = 3;
/** Joined-word lookups allowed per token (on average), so a wall of single letters stays cheap. */
const SPLIT_LOOKUPS_PER_TOKEN = 8;

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export class Matcher {
  private readonly vocab: [KeyTable, KeyTable];
  private readonly idStride: number;
  private readonly next: IntTable;
  private readonly rootNext: Int32Array;
  private readonly fail: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outEnd: Int32Array;
  private readonly outTerms: Int32Array;
  private readonly termLen: Int32Array;
  private readonly soloStart: Int32Array;
  private readonly soloChains: Int32Array;
  private readonly slotChain: Int32Array;
  private readonly slotOptional: Uint8Array;
  private readonly slotCanEnd: Uint8Array;
  private readonly termStride: number;
  private readonly slotTerm: IntTable;
  private readonly pair: IntTable;
  private readonly pairFirst: Uint8Array;
  private readonly pairSecond: Uint8Array;
  private readonly pairStart: Int32Array;
  private readonly pairSlots: Int32Array;
  /** Per chain: its rule and group (see Entry). */
  readonly entryRule: Int32Array;
  readonly entryGroup: Int32Array;
  readonly stateCount: number;
  readonly termCount: number;
  /** Automaton steps taken (word transitions + failure moves + chain extensions), for the linearity tests. */
  steps = 0;

  /** Words of the last message: id, and the token range each covers. */
  wordId = new Int32Array(64);
  wordFirst = new Int32Array(64);
  wordLast = new Int32Array(64);
  words = 0;
  /** Chain matches of the last run: chain, first word, last word. */
  hitChain = new Int32Array(64);
  hitFrom = new Int32Array(64);
  hitTo = new Int32Array(64);
  hits = 0;
  /** Run scratch: state after each word; partial chains ending at each word (linked lists in a pool). */
  private stateAt = new Int32Array(64);
  private partHead = new Int32Array(64);
  private partTail = new Int32Array(64);
  private poolSlot = new Int32Array(256);
  private poolStart = new Int32Array(256);
  private poolNext = new Int32Array(256);
  private poolUsed = 0;

  constructor(t: AutomatonTables) {
    this.vocab = t.vocab;
    this.idStride = t.idStride;
    this.next = t.next;
    this.rootNext = t.rootNext;
    this.fail = t.fail;
    this.outStart = t.outStart;
    this.outEnd = t.outEnd;
    this.outTerms = t.outTerms;
    this.termLen = t.termLen;
    this.soloStart = t.soloStart;
    this.soloChains = t.soloChains;
    this.slotChain = t.slotChain;
    this.slotOptional = t.slotOptional;
    this.slotCanEnd = t.slotCanEnd;
    this.termStride = t.termStride;
    this.slotTerm = t.slotTerm;
    this.pair = t.pair;
    this.pairFirst = t.pairFirst;
    this.pairSecond = t.pairSecond;
    this.pairStart = t.pairStart;
    this.pairSlots = t.pairSlots;
    this.entryRule = t.entryRule;
    this.entryGroup = t.entryGroup;
    this.stateCount = t.fail.length;
    this.termCount = t.termLen.length;
  }

  /** Word id of token i, trying leetspeak and stretched letters. -1 if unknown. */
  private resolve(v: KeyTable, t: TokenBuffer, i: number): number {
    const ks = t.keyStart[i]!;
    const ke = ks + t.keyLen[i]!;
    const id = v.get(t.keys, ks, ke, t.keyHash[i]!);
    if (id >= 0 || t.kind[i] !== KIND_WORD) return id;
    let base: string;
    if (t.leet[i]) {
      const key = t.key(i);
      base = key;
      const l = deLeet(t.accented ? stripTones(key) : key);
      if (l !== undefined) {
        const found = v.getString(l);
        if (found >= 0) return found;
        base = l;
      }
    } else {
      if (!hasRunOfThree(t.keys, ks, ke)) return -1;
      base = t.key(i);
    }
    for (const keep of [1, 2] as const) {
      const u = unstretch(base, keep);
      if (u === undefined) break;
      const found = v.getString(u);
      if (found >= 0) return found;
    }
    return -1;
  }

  /**
   * Word ids of all tokens into wordId/wordFirst/wordLast, re-joining letters split by dots, spaces
   * or emoji ("s.e.n.d", "g.ử.i") when the joined word is known.
   */
  readWords(text: string, t: TokenBuffer): number {
    if (this.wordId.length < t.n) {
      this.wordId = grow(this.wordId, t.n);
      this.wordFirst = grow(this.wordFirst, t.n);
      this.wordLast = grow(this.wordLast, t.n);
    }
    const { wordId: id, wordFirst: first, wordLast: last } = this;
    const v = this.vocab[t.accented ? 1 : 0];
    let n = 0;
    let i = 0;
    let lookups = 0;
    const maxLookups = SPLIT_LOOKUPS_PER_TOKEN * t.n;
    while (i < t.n) {
      if (lookups < maxLookups && isSingleLetter(t, i)) {
        let j = i;
        while (j + 1 < t.n && j - i + 1 < MAX_SPLIT_RUN && isSingleLetter(t, j + 1) && t.start[j + 1]! - t.end[j]! <= MAX_SPLIT_GAP && t.start[j + 1]! > t.end[j]! && !hasNewline(text, t.end[j]!, t.start[j + 1]!)) j++;
        if (j - i + 1 >= MIN_SPLIT_RUN) {
          let joined = -1;
          let upTo = j;
          for (; upTo - i + 1 >= MIN_SPLIT_RUN; upTo--) {
            lookups++;
            joined = this.joinedWord(v, text, t, i, upTo);
            if (joined >= 0) break;
          }
          if (joined >= 0) {
            id[n] = joined;
            first[n] = i;
            last[n] = upTo;
            n++;
            i = upTo + 1;
            continue;
          }
        }
      }
      id[n] = this.resolve(v, t, i);
      first[n] = i;
      last[n] = i;
      n++;
      i++;
    }
    this.words = n;
    return n;
  }

  /** The id of the word spelt by single-letter tokens i..upTo joined, or -1 (rare: strings are fine). */
  private joinedWord(v: KeyTable, text: string, t: TokenBuffer, i: number, upTo: number): number {
    let raw = '';
    for (let k = i; k <= upTo; k++) raw += text.slice(t.start[k], t.end[k]);
    const key = t.accented ? exactKey(raw, 0, raw.length) : foldKey(raw, 0, raw.length);
    const found = v.getString(key);
    return found >= 0 ? found : v.getString(unstretch(key, 1) ?? '');
  }

  /** Run over the words read by readWords; chain matches go to hitChain/hitFrom/hitTo. */
  run(): number {
    const n = this.words;
    const id = this.wordId;
    if (this.stateAt.length < n) {
      this.stateAt = grow(this.stateAt, n);
      this.partHead = grow(this.partHead, n);
      this.partTail = grow(this.partTail, n);
    }
    const { stateAt, partHead, next, rootNext, pairFirst, pairSecond, fail, outStart, outEnd, outTerms, termLen, soloStart, soloChains, slotChain, slotOptional, idStride, termStride } = this;
    this.hits = 0;
    this.poolUsed = 0;
    let s = 0;
    let steps = 0;
    for (let j = 0; j < n; j++) {
      partHead[j] = -1;
      const w = id[j]!;
      steps++;
      if (w < 0) {
        s = 0;
        stateAt[j] = 0;
        continue;
      }
      let t: number;
      for (;;) {
        t = s === 0 ? rootNext[w]! : next.get(s * idStride + w);
        if (t !== -1 || s === 0) break;
        s = fail[s]!;
        steps++;
      }
      s = t === -1 ? 0 : t;
      stateAt[j] = s;
      for (let k = outStart[s]!, ke = outEnd[s]!; k < ke; k++) {
        const term = outTerms[k]!;
        const from = j - termLen[term]! + 1;
        // Chains this term completes alone.
        for (let x = soloStart[term]!, xe = soloStart[term + 1]!; x < xe; x++) {
          steps++;
          this.hit(soloChains[x]!, from, j);
        }
        if (from <= 0) continue;
        // Two-slot starts: a term that ended right before, followed by this one.
        const ps = pairSecond[term] ? stateAt[from - 1]! : 0;
        for (let x = outStart[ps]!, xe = outEnd[ps]!; x < xe; x++) {
          const prev = outTerms[x]!;
          if (!pairFirst[prev]) continue;
          const pi = this.pair.get(prev * termStride + term);
          if (pi === -1) continue;
          const prevStart = from - termLen[prev]!;
          for (let y = this.pairStart[pi]!, ye = this.pairStart[pi + 1]!; y < ye; y++) {
            steps++;
            this.extend(j, this.pairSlots[y]!, prevStart);
          }
        }
        // Longer chains waiting right before it.
        for (let p = partHead[from - 1]!; p !== -1; p = this.poolNext[p]!) {
          const slot = this.poolSlot[p]!;
          const start = this.poolStart[p]!;
          const chain = slotChain[slot];
          for (let g = slot + 1; g < slotChain.length && slotChain[g] === chain; g++) {
            steps++;
            if (this.slotTerm.get(g * termStride + term) === 1) this.extend(j, g, start);
            if (!slotOptional[g]) break;
          }
        }
      }
    }
    this.steps += steps;
    return this.hits;
  }

  private hit(chain: number, from: number, to: number): void {
    const h = this.hits;
    if (h === this.hitChain.length) {
      this.hitChain = grow(this.hitChain, h + 1);
      this.hitFrom = grow(this.hitFrom, h + 1);
      this.hitTo = grow(this.hitTo, h + 1);
    }
    this.hitChain[h] = chain;
    this.hitFrom[h] = from;
    this.hitTo[h] = to;
    this.hits = h + 1;
  }

  /** Record that slot g of a chain started at `start` is reached at word j (once per slot and word). */
  private extend(j: number, g: number, start: number): void {
    for (let p = this.partHead[j]!; p !== -1; p = this.poolNext[p]!) if (this.poolSlot[p] === g) return;
    const p = this.poolUsed++;
    if (p === this.poolSlot.length) {
      this.poolSlot = grow(this.poolSlot, p + 1);
      this.poolStart = grow(this.poolStart, p + 1);
      this.poolNext = grow(this.poolNext, p + 1);
    }
    this.poolSlot[p] = g;
    this.poolStart[p] = start;
    this.poolNext[p] = -1;
    if (this.partHead[j] === -1) this.partHead[j] = p;
    else this.poolNext[this.partTail[j]!] = p;
    this.partTail[j] = p;
    if (this.slotCanEnd[g]) this.hit(this.slotChain[g]!, start, j);
  }
}

function stripTones(key: string): string {
  let e = key.length;
  while (e > 0 && key.charCodeAt(e - 1) >= 0x31 && key.charCodeAt(e - 1) <= 0x35) e--;
  return key.slice(0, e);
}

function hasRunOfThree(units: Uint16Array, s: number, e: number): boolean {
  for (let i = s + 2; i < e; i++) if (units[i] === units[i - 1] && units[i] === units[i - 2]) return true;
  return false;
}

/** A one-letter word (tone digits aside), not a number, link or leet word. */
function isSingleLetter(t: TokenBuffer, i: number): boolean {
  const len = t.keyLen[i]!;
  if (len > 6 || t.kind[i] !== KIND_WORD || t.leet[i] !== 0) return false;
  if (len === 1) return true;
  const ks = t.keyStart[i]!;
  let e = len;
  while (e > 0 && t.keys[ks + e - 1]! >= 0x31 && t.keys[ks + e - 1]! <= 0x35) e--;
  return e === 1;
}

function hasNewline(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
