// A word-level Aho–Corasick automaton. Patterns are sequences of word ids; the text is the
// sequence of its tokens' ids. One pass, no backtracking: time is linear in the number of
// words (each failure step is paid for by an earlier forward step).
//
// Word ids come from two vocabularies, one per key space (fold / exact, see normalise.ts),
// so a message is matched in exactly one space and "nha" never meets the folded "nhà".

import {
  ABBREVIATIONS, KIND_WORD, deLeet, exactKey, foldKey, tokenize, unstretch, type Tokens,
} from './normalise';

/** What a pattern stands for: a phrase of a rule, one group of a near-rule, or an "unless" term. */
export interface Entry {
  rule: number;
  /** -1 phrase, -2 unless term, ≥ 0 the index of a near group. */
  group: number;
  /** Length in words. */
  len: number;
}

export const GROUP_PHRASE = -1;
export const GROUP_UNLESS = -2;

const ID_SPACE = 1 << 21; // ids < 2M; state * ID_SPACE + id stays an exact integer
/** Letters split by dots/spaces/emoji are re-joined when the run has at least this many letters. */
const MIN_SPLIT_RUN = 3;
const MAX_SPLIT_RUN = 24;
const MAX_SPLIT_GAP = 3;
/** Joined-word lookups allowed per token (on average), so a wall of single letters stays cheap. */
const SPLIT_LOOKUPS_PER_TOKEN = 8;

type Space = 0 | 1; // 0 = fold, 1 = exact

interface Expansion {
  from: string[];
  to: string[][];
}

/** Abbreviation tables for one key space. */
class Lexicon {
  canon = new Map<string, string>();
  expansions: Expansion[] = [];
  constructor(space: Space) {
    const keysOf = (s: string): string[] => tokenize(s, space === 1).key;
    const multi = new Map<string, Expansion>();
    for (const [abbr, full] of ABBREVIATIONS) {
      const a = keysOf(abbr);
      const f = keysOf(full);
      if (a.length === 1 && f.length === 1) {
        if (a[0] !== f[0]) this.canon.set(a[0]!, f[0]!);
      } else {
        const id = f.join(' ');
        let e = multi.get(id);
        if (!e) multi.set(id, (e = { from: f, to: [] }));
        e.to.push(a);
      }
    }
    this.expansions = [...multi.values()];
  }
}

/** A word of letters only (one token, no class, no number): keyed without the tokenizer. */
const PLAIN_WORD = /^[a-zà-ỹđ]+$/;

/** Alternatives repeat across rules ("em", "your", "bố mẹ"): key each one once per context. */
const PHRASE_CACHE: [Map<string, string[][]>, Map<string, string[][]>] = [new Map(), new Map()];

const LEXICONS: [Lexicon | undefined, Lexicon | undefined] = [undefined, undefined];
function lexicon(space: Space): Lexicon {
  return (LEXICONS[space] ??= new Lexicon(space));
}

/** Split a pattern into slots of alternatives: "a (b|c d|) e" → [["a"], ["b", "c d", ""], ["e"]]. */
export function parseSlots(p: string): string[][] {
  const slots: string[][] = [];
  let i = 0;
  while (i < p.length) {
    if (p[i] === '(') {
      const j = p.indexOf(')', i);
      if (j < 0) throw new Error(`unbalanced pattern: ${p}`);
      slots.push(p.slice(i + 1, j).split('|').map((a) => a.trim()));
      i = j + 1;
    } else {
      let j = p.indexOf('(', i);
      if (j < 0) j = p.length;
      const lit = p.slice(i, j).trim();
      if (lit) slots.push([lit]);
      i = j;
    }
  }
  return slots;
}

/**
 * Expand `(a|b|)` alternatives into plain phrases (for the benchmark's peers and for docs).
 * The engine never does this: it matches slots (see Automaton). At most `limit` phrases.
 */
export function expandPattern(p: string, limit = 1000): string[] {
  let out = [''];
  for (const alts of parseSlots(p)) {
    const next: string[] = [];
    for (const o of out) for (const a of alts) if (next.length < limit) next.push(a ? `${o} ${a}` : o);
    out = next;
  }
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
}

/**
 * Integer → integer hash table in typed arrays (open addressing, linear probing), built once.
 * Several times faster than a Map on the hot path; keys must be ≥ 0 and < 2^31.
 */
export class IntTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  /** Fibonacci hashing: the top bits of k × 2^32/φ spread consecutive keys evenly. */
  private shift: number;
  /** `keys[i] → vals[i]` for i < count (a later duplicate key overwrites an earlier one). */
  constructor(keys: ArrayLike<number>, vals: ArrayLike<number>, count: number) {
    let cap = 16;
    let bits = 4;
    while (cap < count * 2) {
      cap <<= 1;
      bits++;
    }
    const tk = (this.keys = new Int32Array(cap).fill(-1));
    const tv = (this.vals = new Int32Array(cap));
    const mask = (this.mask = cap - 1);
    const shift = (this.shift = 32 - bits);
    for (let j = 0; j < count; j++) {
      const k = keys[j]!;
      let i = Math.imul(k, 0x9e3779b1) >>> shift;
      while (tk[i] !== -1 && tk[i] !== k) i = (i + 1) & mask;
      tk[i] = k;
      tv[i] = vals[j]!;
    }
  }
  /** The value for `k`, or -1. */
  get(k: number): number {
    const keys = this.keys;
    let i = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const x = keys[i];
      if (x === k) return this.vals[i]!;
      if (x === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * Two levels, so that patterns with many alternatives stay small:
 * 1. terms — every distinct alternative ("bố mẹ", "you") is one word sequence in a word-level
 *    Aho–Corasick automaton;
 * 2. chains — a pattern is a chain of slots; a slot is a set of terms (optional when it has an
 *    empty alternative). A chain matches when terms of consecutive slots are adjacent.
 * Both levels are linear in the number of words: each term occurrence extends only the partial
 * chains that end right before it.
 */
export class Automaton {
  readonly vocab: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  readonly entries: Entry[] = [];
  /** Trie children per state (word id → state) while adding; dropped by finish(). */
  private kids: (Map<number, number> | undefined)[] = [undefined];
  /** The term ending at each trie state, or -1 (a term is its path from the root). */
  private termAt: number[] = [-1];
  private fail: Int32Array = new Int32Array(1);
  private out: (Int32Array | null)[] = [];
  private states = 1;
  private nextId = 1;
  /** Per term: its length in words. */
  private termLen: number[] = [];
  /** Global slot index → chain, flags, and the slots a term may start a chain in. */
  private slotChain: number[] = [];
  private slotOptional: number[] = [];
  private slotCanStart: Uint8Array = new Uint8Array(0);
  private slotCanEnd: Uint8Array = new Uint8Array(0);
  /** Per slot: its terms, in the order first added (never shrinks, see add()). */
  private slotTerms: number[][] = [];
  /** Per term: 1 + the last slot it was recorded in (dedupes a slot's terms in O(1)). */
  private termMark: number[] = [];
  /** Per term: chains it completes alone (a startable and endable slot). */
  private soloChains: number[][] = [];
  /** Hot-path tables: transitions, slot membership, and (term A, term B) → index into pairLists
   *  (the slots of B that may directly follow a startable slot holding A). */
  private nextTable = new IntTable([], [], 0);
  private slotTermTable = new IntTable([], [], 0);
  private pairTable = new IntTable([], [], 0);
  private pairLists: number[][] = [];
  private chainSeen = new Set<string>();
  /** Key strides after finish(): transitions are state * idStride + id, slots g * termStride + term. */
  private idStride = ID_SPACE;
  private termStride = ID_SPACE;
  /** Automaton steps taken (word transitions + failure moves + chain extensions), for the linearity tests. */
  steps = 0;

  /** Add a pattern (with `(a|b)` alternatives); `literal` treats it as plain words. */
  add(pattern: string, entry: Omit<Entry, 'len'>, literal = false): boolean {
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
          for (const seq of this.phraseKeys(alt, space)) {
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
    this.entries.push({ ...entry, len: words });
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

  /** Word keys of a plain phrase in one space, with abbreviation variants ("số điện thoại" ~ "sdt"). */
  private phraseKeys(phrase: string, space: Space): string[][] {
    const cache = PHRASE_CACHE[space];
    let hit = cache.get(phrase);
    if (hit === undefined) cache.set(phrase, (hit = this.phraseKeysUncached(phrase, space)));
    return hit;
  }

  private phraseKeysUncached(phrase: string, space: Space): string[][] {
    const lex = lexicon(space);
    const keys: string[] = [];
    for (const w of phrase.split(' ')) {
      if (w.length === 0) continue;
      if (w.startsWith('#') && w.length > 1) keys.push(w);
      else if (PLAIN_WORD.test(w)) {
        // Fast path for plain words (most of them): no tokenizer needed.
        const k = space === 1 ? exactKey(w, 0, w.length) : foldKey(w, 0, w.length);
        keys.push(lex.canon.get(k) ?? k);
      } else for (const k of tokenize(w, space === 1).key) keys.push(lex.canon.get(k) ?? k);
    }
    const variants = [keys];
    if (keys.length === 0) return variants;
    // "#num" means any number, also the ones classed more precisely (a minor's age: 8..17).
    const at = keys.indexOf('#num');
    if (at >= 0) variants.push([...keys.slice(0, at), '#minor', ...keys.slice(at + 1)]);
    for (const e of lex.expansions) {
      const n = variants.length;
      for (let v = 0; v < n; v++) {
        const seq = variants[v]!;
        const at = indexOfSeq(seq, e.from);
        if (at < 0) continue;
        for (const to of e.to) {
          variants.push([...seq.slice(0, at), ...to.map((k) => lex.canon.get(k) ?? k), ...seq.slice(at + e.from.length)]);
        }
      }
    }
    return variants;
  }

  /** Compute failure links, merged outputs and chain tables. Call once after adding. */
  finish(): this {
    const states = this.states;
    const kids = this.kids;
    const termAt = this.termAt;
    // Transitions keyed with the smallest stride, so every key is a small integer.
    const idStride = (this.idStride = this.nextId);
    let count = 0;
    for (let s = 0; s < states; s++) count += kids[s]?.size ?? 0;
    const tKeys = new Int32Array(count);
    const tVals = new Int32Array(count);
    count = 0;
    for (let s = 0; s < states; s++) {
      const m = kids[s];
      if (m === undefined) continue;
      for (const [id, t] of m) {
        tKeys[count] = s * idStride + id;
        tVals[count++] = t;
      }
    }
    const fail = (this.fail = new Int32Array(states));
    const out: (Int32Array | null)[] = (this.out = new Array<Int32Array | null>(states).fill(null));
    const queue = new Int32Array(states);
    let qn = 0;
    for (const c of kids[0]?.values() ?? []) queue[qn++] = c;
    for (let qi = 0; qi < qn; qi++) {
      const s = queue[qi]!;
      const own = termAt[s]!;
      const inherited = out[fail[s]!] ?? null;
      if (own < 0) out[s] = inherited;
      else if (inherited === null) out[s] = Int32Array.of(own);
      else {
        const merged = new Int32Array(inherited.length + 1);
        merged[0] = own;
        merged.set(inherited, 1);
        out[s] = merged;
      }
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
    this.kids = [];
    this.termAt = [];
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
    const canStart = (this.slotCanStart = new Uint8Array(n));
    const canEnd = (this.slotCanEnd = new Uint8Array(n));
    for (let g = 0; g < n; g++) {
      const prevSame = g > 0 && slotChain[g - 1] === slotChain[g];
      canStart[g] = !prevSame || (canStart[g - 1] && slotOptional[g - 1]) ? 1 : 0;
    }
    for (let g = n - 1; g >= 0; g--) {
      const nextSame = g + 1 < n && slotChain[g + 1] === slotChain[g];
      canEnd[g] = !nextSame || (canEnd[g + 1] && slotOptional[g + 1]) ? 1 : 0;
    }
    const termStride = (this.termStride = Math.max(1, this.termLen.length));
    const termsOf = this.slotTerms;
    const soloChains: number[][] = (this.soloChains = []);
    for (let t = 0; t < this.termLen.length; t++) soloChains.push([]);
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
    this.chainSeen.clear();
    this.nextTable = new IntTable(tKeys, tVals, count);
    let members = 0;
    for (const terms of termsOf) members += terms.length;
    const sKeys = new Int32Array(members);
    let si = 0;
    termsOf.forEach((terms, g) => {
      for (const t of terms) sKeys[si++] = g * termStride + t;
    });
    this.slotTermTable = new IntTable(sKeys, new Int32Array(members).fill(1), members);
    this.pairLists = [...pairs.values()];
    const pKeys = Int32Array.from(pairs.keys());
    this.pairTable = new IntTable(pKeys, pKeys.map((_, i) => i), pKeys.length);
    this.slotTerms = [];
    this.termMark = [];
    return this;
  }

  get stateCount(): number {
    return this.states;
  }

  get termCount(): number {
    return this.termLen.length;
  }

  /** Word id of token i, trying abbreviations, leetspeak and stretched letters. -1 if unknown. */
  resolve(t: Tokens, i: number): number {
    const space: Space = t.accented ? 1 : 0;
    const key = t.key[i]!;
    const v = this.vocab[space];
    if (t.kind[i] !== KIND_WORD) return v.get(key) ?? -1;
    let id = v.get(key);
    if (id !== undefined) return id;
    const canon = lexicon(space).canon;
    let base = key;
    if (t.leet[i]) {
      const l = deLeet(space === 1 ? stripTones(key) : key);
      if (l !== undefined) {
        id = v.get(canon.get(l) ?? l);
        if (id !== undefined) return id;
        base = l;
      }
    }
    for (const keep of [1, 2] as const) {
      const u = unstretch(base, keep);
      if (u === undefined) break;
      id = v.get(canon.get(u) ?? u);
      if (id !== undefined) return id;
    }
    return -1;
  }

  /**
   * Word ids of all tokens, re-joining letters split by dots, spaces or emoji ("s.e.n.d",
   * "g.ử.i") when the joined word is known. Returns ids plus the token range each id covers.
   */
  ids(text: string, t: Tokens): { id: number[]; first: number[]; last: number[]; n: number } {
    // Scratch arrays reused across calls (allocating typed arrays per message costs more than
    // the matching); the caller reads them before the next call on this automaton.
    const { id, first, last } = this.scratch;
    let n = 0;
    let i = 0;
    const keyOf = t.accented ? exactKey : foldKey;
    const space: Space = t.accented ? 1 : 0;
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
            let raw = '';
            for (let k = i; k <= upTo; k++) raw += text.slice(t.start[k], t.end[k]);
            const key = keyOf(raw, 0, raw.length);
            const canon = lexicon(space).canon;
            const found = this.vocab[space].get(canon.get(key) ?? key) ?? this.vocab[space].get(unstretch(key, 1) ?? '');
            if (found !== undefined) { joined = found; break; }
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
      id[n] = this.resolve(t, i);
      first[n] = i;
      last[n] = i;
      n++;
      i++;
    }
    this.scratch.n = n;
    return this.scratch;
  }

  private scratch = { id: [] as number[], first: [] as number[], last: [] as number[], n: 0 };

  /** Run over word ids; calls onHit(entryIndex, firstWord, lastWord) for each chain match. */
  run(id: ArrayLike<number>, n: number, onHit: (entry: number, from: number, to: number) => void): void {
    let s = 0;
    let steps = 0;
    // Partial chains (two slots or more matched) ending at each word: flat [slot, start, …];
    // terms ending at each word: flat [term, start, …].
    const partials: (number[] | undefined)[] = [];
    const ends: (number[] | undefined)[] = [];
    for (let j = 0; j < n; j++) {
      const w = id[j]!;
      steps++;
      if (w < 0) { s = 0; continue; }
      let t: number;
      while ((t = this.nextTable.get(s * this.idStride + w)) === -1 && s !== 0) {
        s = this.fail[s]!;
        steps++;
      }
      s = t === -1 ? 0 : t;
      const o = this.out[s] as Int32Array | null;
      if (o === null) continue;
      for (let k = 0; k < o.length; k++) {
        const term = o[k]!;
        const from = j - this.termLen[term]! + 1;
        // Chains this term completes alone.
        const solo = this.soloChains[term]!;
        for (let x = 0; x < solo.length; x++) {
          steps++;
          onHit(solo[x]!, from, j);
        }
        // Two-slot starts: a term that ended right before, followed by this one.
        const prevEnds = from > 0 ? ends[from - 1] : undefined;
        if (prevEnds !== undefined) {
          for (let x = 0; x < prevEnds.length; x += 2) {
            const pi = this.pairTable.get(prevEnds[x]! * this.termStride + term);
            if (pi === -1) continue;
            const next = this.pairLists[pi]!;
            for (let y = 0; y < next.length; y++) {
              steps++;
              this.extend(partials, j, next[y]!, prevEnds[x + 1]!, onHit);
            }
          }
        }
        let e = ends[j];
        if (e === undefined) ends[j] = e = [];
        e.push(term, from);
        // Longer chains waiting right before it.
        const before = from > 0 ? partials[from - 1] : undefined;
        if (before === undefined) continue;
        for (let x = 0; x < before.length; x += 2) {
          let g = before[x]! + 1;
          const chain = this.slotChain[before[x]!];
          while (g < this.slotChain.length && this.slotChain[g] === chain) {
            steps++;
            if (this.slotTermTable.get(g * this.termStride + term) === 1) this.extend(partials, j, g, before[x + 1]!, onHit);
            if (!this.slotOptional[g]) break;
            g++;
          }
        }
      }
    }
    this.steps += steps;
  }

  private extend(partials: (number[] | undefined)[], j: number, g: number, start: number, onHit: (entry: number, from: number, to: number) => void): void {
    let p = partials[j];
    if (p === undefined) partials[j] = p = [];
    for (let x = 0; x < p.length; x += 2) if (p[x] === g) return; // already reached this slot here
    p.push(g, start);
    if (this.slotCanEnd[g]) onHit(this.slotChain[g]!, start, j);
  }
}

function stripTones(key: string): string {
  let e = key.length;
  while (e > 0 && key.charCodeAt(e - 1) >= 0x31 && key.charCodeAt(e - 1) <= 0x35) e--;
  return key.slice(0, e);
}

function isSingleLetter(t: Tokens, i: number): boolean {
  const k = t.key[i]!;
  return k.length <= 6 && t.kind[i] === KIND_WORD && t.leet[i] === 0 && (k.length === 1 || stripTones(k).length === 1);
}

function hasNewline(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function indexOfSeq(seq: string[], sub: string[]): number {
  outer: for (let i = 0; i + sub.length <= seq.length; i++) {
    for (let j = 0; j < sub.length; j++) if (seq[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}
