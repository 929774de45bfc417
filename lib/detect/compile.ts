// Patterns → automaton tables. Run at build time for the built-in rules (see ./pack.ts) and in the
// page only for a parent's own phrases.
//
// Two levels, so that patterns with many alternatives stay small:
// 1. terms — every distinct alternative ("bố mẹ", "you") is one word sequence in a word-level
//    Aho–Corasick automaton;
// 2. chains — a pattern is a chain of slots; a slot is a set of terms (optional when it has an
//    empty alternative). A chain matches when terms of consecutive slots are adjacent.
//
// Word ids come from two vocabularies, one per key space (fold / exact, see normalise.ts), so a
// message is matched in exactly one space and "nha" never meets the folded "nhà".

import { lexicon, parseSlots, phraseKeys, type Space } from './pattern';

/** What a chain stands for: a phrase of a rule, one group of a near-rule, or an "unless" term. */
export interface Entry {
  rule: number;
  /** GROUP_PHRASE, GROUP_UNLESS, GROUP_ALLOW, or ≥ 0 the index of a near group. */
  group: number;
}

export const GROUP_PHRASE = -1;
export const GROUP_UNLESS = -2;
export const GROUP_ALLOW = -3;

/** Everything the matcher needs, as flat arrays (lists are CSR: `xStart[i]..xStart[i+1]` in `x`). */
export interface AutomatonTables {
  /** Per key space: word keys (abbreviations included, as aliases) and their ids. */
  vocabKeys: [string[], string[]];
  vocabIds: [Int32Array, Int32Array];
  /** Transitions: key state * idStride + word id → next state. */
  idStride: number;
  transKeys: Int32Array;
  transNext: Int32Array;
  fail: Int32Array;
  /** Terms ending at each state (its own, then those inherited through failure links). */
  outStart: Int32Array;
  outTerms: Int32Array;
  /** Per term: its length in words, and the chains it completes alone. */
  termLen: Int32Array;
  soloStart: Int32Array;
  soloChains: Int32Array;
  /** Per slot (global index): its chain, and whether it is optional / may end its chain. */
  slotChain: Int32Array;
  slotOptional: Uint8Array;
  slotCanEnd: Uint8Array;
  /** Slot membership: slot * termStride + term, for every term of every slot. */
  termStride: number;
  slotTermKeys: Int32Array;
  /** (term A, term B) → the slots of B that may directly follow a startable slot holding A. */
  pairKeys: Int32Array;
  pairStart: Int32Array;
  pairSlots: Int32Array;
  /** Per chain: its rule and group. */
  entryRule: Int32Array;
  entryGroup: Int32Array;
}

/** Keys combine two indexes into one int32 (see IntTable). */
const MAX_KEY = 2 ** 31 - 1;

function csr(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  let n = 0;
  lists.forEach((l, i) => {
    start[i] = n;
    n += l.length;
  });
  start[lists.length] = n;
  const flat = new Int32Array(n);
  lists.forEach((l, i) => flat.set(l, start[i]!));
  return [start, flat];
}

export class AutomatonBuilder {
  private readonly vocab: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  private readonly entries: Entry[] = [];
  /** Trie children per state (word id → state). */
  private kids: (Map<number, number> | undefined)[] = [undefined];
  /** The term ending at each trie state, or -1 (a term is its path from the root). */
  private termAt: number[] = [-1];
  private states = 1;
  private nextId = 1;
  /** Per term: its length in words. */
  private termLen: number[] = [];
  /** Global slot index → chain, and whether it is optional. */
  private slotChain: number[] = [];
  private slotOptional: number[] = [];
  /** Per slot: its terms, in the order first added (never shrinks, see add()). */
  private slotTerms: number[][] = [];
  /** Per term: 1 + the last slot it was recorded in (dedupes a slot's terms in O(1)). */
  private termMark: number[] = [];
  private chainSeen = new Set<string>();

  /** Add a pattern (with `(a|b)` alternatives); `literal` treats it as plain words. */
  add(pattern: string, entry: Entry, literal = false): boolean {
    const slots = literal ? [[pattern]] : parseSlots(pattern);
    const sig = `${entry.rule}|${entry.group}|${pattern}`;
    if (this.chainSeen.has(sig)) return false;
    this.chainSeen.add(sig);
    const chain = this.entries.length;
    const firstSlot = this.slotChain.length;
    let words = 0;
    for (const alts of slots) {
      const g = this.slotChain.length;
      this.slotChain.push(chain);
      // A slot index can come back after a pattern with nothing required was rolled back (see
      // below); the terms recorded then stay in the slot, as they always have.
      let terms = this.slotTerms[g];
      if (terms === undefined) this.slotTerms[g] = terms = [];
      else for (const t of terms) this.termMark[t] = g + 1;
      let optional = 0;
      let minLen = Infinity;
      for (let alt of alts) {
        let any = false;
        // "=word": only in messages written with Vietnamese diacritics (its unaccented form is
        // ambiguous); "~word": only in messages without them (it means something else in Vietnamese).
        const exactOnly = alt.startsWith('=');
        const foldOnly = alt.startsWith('~');
        if (exactOnly || foldOnly) alt = alt.slice(1);
        for (const space of (exactOnly ? [1] : foldOnly ? [0] : [0, 1]) as Space[]) {
          for (const seq of phraseKeys(alt, space)) {
            if (seq.length === 0) continue;
            any = true;
            const term = this.termFor(space, seq);
            if (this.termMark[term] !== g + 1) {
              this.termMark[term] = g + 1;
              terms.push(term);
            }
            minLen = Math.min(minLen, seq.length);
          }
        }
        if (!any && !exactOnly && !foldOnly) optional = 1;
      }
      this.slotOptional.push(optional);
      if (!optional) words += minLen;
    }
    if (words === 0) {
      // Nothing required: not a usable pattern.
      this.slotChain.length = firstSlot;
      this.slotOptional.length = firstSlot;
      return false;
    }
    this.entries.push(entry);
    return true;
  }

  /** The term for a word sequence: walks (and grows) the trie; the end state names the term. */
  private termFor(space: Space, seq: string[]): number {
    let s = 0;
    for (const k of seq) {
      const id = this.idFor(space, k);
      let m = this.kids[s];
      if (m === undefined) this.kids[s] = m = new Map();
      let t = m.get(id);
      if (t === undefined) {
        t = this.states++;
        m.set(id, t);
        this.kids.push(undefined);
        this.termAt.push(-1);
      }
      s = t;
    }
    let term = this.termAt[s]!;
    if (term < 0) {
      term = this.termLen.length;
      this.termAt[s] = term;
      this.termLen.push(seq.length);
    }
    return term;
  }

  private idFor(space: Space, key: string): number {
    const v = this.vocab[space];
    let id = v.get(key);
    if (id === undefined) v.set(key, (id = this.nextId++));
    return id;
  }

  /** Failure links, merged outputs and chain tables. Call once, after adding. */
  finish(): AutomatonTables {
    const states = this.states;
    const kids = this.kids;
    const termAt = this.termAt;
    // Transitions keyed with the smallest stride, so every key is a small integer.
    const idStride = this.nextId;
    if (states * idStride > MAX_KEY) throw new Error('automaton too large for int32 transition keys');
    const transKeys: number[] = [];
    const transNext: number[] = [];
    for (let s = 0; s < states; s++) {
      const m = kids[s];
      if (m === undefined) continue;
      for (const [id, t] of m) {
        transKeys.push(s * idStride + id);
        transNext.push(t);
      }
    }
    const fail = new Int32Array(states);
    const out: (readonly number[])[] = new Array<readonly number[]>(states).fill([]);
    const queue = new Int32Array(states);
    let qn = 0;
    for (const c of kids[0]?.values() ?? []) queue[qn++] = c;
    for (let qi = 0; qi < qn; qi++) {
      const s = queue[qi]!;
      const own = termAt[s]!;
      const inherited = out[fail[s]!]!;
      out[s] = own < 0 ? inherited : [own, ...inherited];
      const m = kids[s];
      if (m === undefined) continue;
      for (const [id, c] of m) {
        let f = fail[s]!;
        let t: number | undefined;
        while ((t = kids[f]?.get(id)) === undefined && f !== 0) f = fail[f]!;
        fail[c] = t !== undefined && t !== c ? t : 0;
        queue[qn++] = c;
      }
    }
    // Abbreviations resolve in one lookup: "ko" gets the id of "không", "u" the id of "you".
    for (const space of [0, 1] as Space[]) {
      const v = this.vocab[space];
      for (const [abbr, full] of lexicon(space).canon) {
        const id = v.get(full);
        if (id !== undefined && !v.has(abbr)) v.set(abbr, id);
      }
    }
    // Chain tables.
    const n = this.slotChain.length;
    const slotChain = this.slotChain;
    const slotOptional = this.slotOptional;
    const canStart = new Uint8Array(n);
    const canEnd = new Uint8Array(n);
    for (let g = 0; g < n; g++) {
      const prevSame = g > 0 && slotChain[g - 1] === slotChain[g];
      canStart[g] = !prevSame || (canStart[g - 1] && slotOptional[g - 1]) ? 1 : 0;
    }
    for (let g = n - 1; g >= 0; g--) {
      const nextSame = g + 1 < n && slotChain[g + 1] === slotChain[g];
      canEnd[g] = !nextSame || (canEnd[g + 1] && slotOptional[g + 1]) ? 1 : 0;
    }
    const terms = this.termLen.length;
    const termStride = Math.max(1, terms);
    if (n * termStride > MAX_KEY || terms * termStride > MAX_KEY) throw new Error('automaton too large for int32 slot keys');
    const termsOf = this.slotTerms;
    const soloChains: number[][] = [];
    for (let t = 0; t < terms; t++) soloChains.push([]);
    const pairs = new Map<number, number[]>();
    for (let g = 0; g < n; g++) {
      if (!canStart[g]) continue;
      const tg = termsOf[g] ?? [];
      const chain = slotChain[g]!;
      if (canEnd[g]) for (const t of tg) soloChains[t]!.push(chain);
      // Pairs with every slot that can come next (skipping optional ones).
      for (let h = g + 1; h < n && slotChain[h] === chain; h++) {
        const th = termsOf[h] ?? [];
        for (const a of tg) {
          for (const b of th) {
            const key = a * termStride + b;
            let list = pairs.get(key);
            if (!list) pairs.set(key, (list = []));
            if (!list.includes(h)) list.push(h);
          }
        }
        if (!slotOptional[h]) break;
      }
    }
    const slotTermKeys: number[] = [];
    for (let g = 0; g < n; g++) for (const t of termsOf[g] ?? []) slotTermKeys.push(g * termStride + t);
    const [outStart, outTerms] = csr(out);
    const [soloStart, soloFlat] = csr(soloChains);
    const [pairStart, pairSlots] = csr([...pairs.values()]);
    const vocabOf = (space: Space): [string[], Int32Array] => [[...this.vocab[space].keys()], Int32Array.from(this.vocab[space].values())];
    const [foldKeys, foldIds] = vocabOf(0);
    const [exactKeys, exactIds] = vocabOf(1);
    return {
      vocabKeys: [foldKeys, exactKeys],
      vocabIds: [foldIds, exactIds],
      idStride,
      transKeys: Int32Array.from(transKeys),
      transNext: Int32Array.from(transNext),
      fail,
      outStart,
      outTerms,
      termLen: Int32Array.from(this.termLen),
      soloStart,
      soloChains: soloFlat,
      slotChain: Int32Array.from(slotChain),
      slotOptional: Uint8Array.from(slotOptional),
      slotCanEnd: canEnd,
      termStride,
      slotTermKeys: Int32Array.from(slotTermKeys),
      pairKeys: Int32Array.from(pairs.keys()),
      pairStart,
      pairSlots,
      entryRule: Int32Array.from(this.entries, (e) => e.rule),
      entryGroup: Int32Array.from(this.entries, (e) => e.group),
    };
  }
}
