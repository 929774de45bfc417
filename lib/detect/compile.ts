// Patterns → a compiled automaton (the trie and the chains of slots). Run at build time for the
// built-in rules (see ./pack.ts), and in the page only for a parent's own phrases.
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

/**
 * A compiled automaton in its compact form: only what cannot be derived (the trie, the slots and
 * their terms); ./tables.ts derives failure links and lookup tables from it. This is what the
 * build packs (./pack.ts). States are numbered in depth-first order with children sorted by word
 * id, and a slot's terms are sorted, so the numbers are small deltas that compress well.
 */
export interface CompactAutomaton {
  /** Word key of each word id - 1, and its key space. */
  words: string[];
  wordSpace: Uint8Array;
  /** Per key space: abbreviations that are aliases of a word ("ko" → the id of "không"). */
  aliasKeys: [string[], string[]];
  aliasIds: [Int32Array, Int32Array];
  /** Per state (depth-first order, root = 0): number of children, and the word id of the edge into it. */
  childCount: Int32Array;
  edgeWord: Int32Array;
  /** Per state: the term ending there, or -1 (terms are numbered in state order). */
  stateTerm: Int32Array;
  /** Per slot (global index): its chain, and 1 when it may be skipped. */
  slotChain: Int32Array;
  slotOptional: Uint8Array;
  /** Per slot: how many terms, then all slots' terms (each slot's sorted). */
  slotTermCount: Int32Array;
  slotTerms: Int32Array;
  /** Per chain: its rule and group. */
  entryRule: Int32Array;
  entryGroup: Int32Array;
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
  private terms = 0;
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
    if (term < 0) this.termAt[s] = term = this.terms++;
    return term;
  }

  private idFor(space: Space, key: string): number {
    const v = this.vocab[space];
    let id = v.get(key);
    if (id === undefined) v.set(key, (id = this.nextId++));
    return id;
  }

  /** The compact form of everything added so far. */
  compact(): CompactAutomaton {
    const words: string[] = new Array<string>(this.nextId - 1);
    const wordSpace = new Uint8Array(this.nextId - 1);
    for (const space of [0, 1] as Space[]) {
      for (const [key, id] of this.vocab[space]) {
        words[id - 1] = key;
        wordSpace[id - 1] = space;
      }
    }
    // Abbreviations resolve in one lookup: "ko" gets the id of "không", "u" the id of "you".
    const aliasKeys: [string[], string[]] = [[], []];
    const aliasIds: [number[], number[]] = [[], []];
    for (const space of [0, 1] as Space[]) {
      const v = this.vocab[space];
      for (const [abbr, full] of lexicon(space).canon) {
        const id = v.get(full);
        if (id !== undefined && !v.has(abbr)) {
          aliasKeys[space].push(abbr);
          aliasIds[space].push(id);
        }
      }
    }
    // Trie in depth-first order, children by word id; terms renumbered in that order too (a term's
    // number only names it: the run loop's results do not depend on it).
    const childCount: number[] = [];
    const edgeWord: number[] = [];
    const stateTerm: number[] = [];
    const termNumber = new Int32Array(this.terms).fill(-1);
    let terms = 0;
    const stack: [number, number][] = [[0, 0]];
    while (stack.length > 0) {
      const [old, word] = stack.pop()!;
      const m = this.kids[old];
      childCount.push(m?.size ?? 0);
      edgeWord.push(word);
      const term = this.termAt[old]!;
      if (term >= 0) termNumber[term] = terms++;
      stateTerm.push(term >= 0 ? termNumber[term]! : -1);
      if (m === undefined) continue;
      // Pushed in reverse so that the smallest word id is visited first.
      const children = [...m].sort((x, y) => y[0] - x[0]);
      for (const [id, child] of children) stack.push([child, id]);
    }
    const slots = this.slotChain.length;
    const slotTermCount = new Int32Array(slots);
    const slotTerms: number[] = [];
    for (let g = 0; g < slots; g++) {
      const slotTermsSorted = (this.slotTerms[g] ?? []).map((t) => termNumber[t]!).sort((x, y) => x - y);
      slotTermCount[g] = slotTermsSorted.length;
      slotTerms.push(...slotTermsSorted);
    }
    return {
      words,
      wordSpace,
      aliasKeys,
      aliasIds: [Int32Array.from(aliasIds[0]), Int32Array.from(aliasIds[1])],
      childCount: Int32Array.from(childCount),
      edgeWord: Int32Array.from(edgeWord),
      stateTerm: Int32Array.from(stateTerm),
      slotChain: Int32Array.from(this.slotChain),
      slotOptional: Uint8Array.from(this.slotOptional),
      slotTermCount,
      slotTerms: Int32Array.from(slotTerms),
      entryRule: Int32Array.from(this.entries, (e) => e.rule),
      entryGroup: Int32Array.from(this.entries, (e) => e.group),
    };
  }
}
