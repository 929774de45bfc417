// Pattern syntax (see Rule in ./types.ts): slots of alternatives, `=`/`~` key-space marks,
// class words, and the word keys each alternative stands for in each key space, with the
// abbreviation variants ("số điện thoại" ~ "sdt"). Used when compiling, never per message.

import { ABBREVIATIONS } from './abbreviations';
import { exactKey, foldKey } from './normalise';
import { tokenize } from './tokenize';

export type Space = 0 | 1; // 0 = fold, 1 = exact

interface Expansion {
  from: string[];
  to: string[][];
}

/** Abbreviation tables for one key space. */
export class Lexicon {
  /** One-word abbreviation key → the key of the word it stands for. */
  canon = new Map<string, string>();
  /** Multi-word forms: a phrase of the full words → the abbreviated phrases. */
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
    // At run time an abbreviation is an alias in the vocabulary, resolved in one lookup; that is
    // only the same as mapping it here if no abbreviation stands for another abbreviation.
    for (const [abbr, full] of this.canon) {
      if (this.canon.has(full)) throw new Error(`abbreviation "${abbr}" stands for "${full}", itself an abbreviation`);
    }
    this.expansions = [...multi.values()];
  }
}

const LEXICONS: [Lexicon | undefined, Lexicon | undefined] = [undefined, undefined];
export function lexicon(space: Space): Lexicon {
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
 * The engine never does this: it matches slots (see compile.ts). At most `limit` phrases.
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

/** Custom phrases are literal text: pattern syntax characters (and "#phone"-like class words) are separators. */
export function literalPhrase(s: string): string {
  return s.replace(/[()|#]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A word of letters only (one token, no class, no number): keyed without the tokenizer. */
const PLAIN_WORD = /^[a-zà-ỹđ]+$/;

/** Alternatives repeat across rules ("em", "your", "bố mẹ"): key each one once per context. */
const PHRASE_CACHE: [Map<string, string[][]>, Map<string, string[][]>] = [new Map(), new Map()];

/** Word keys of a plain phrase in one space, with abbreviation variants ("số điện thoại" ~ "sdt"). */
export function phraseKeys(phrase: string, space: Space): string[][] {
  const cache = PHRASE_CACHE[space];
  let hit = cache.get(phrase);
  if (hit === undefined) cache.set(phrase, (hit = phraseKeysUncached(phrase, space)));
  return hit;
}

function phraseKeysUncached(phrase: string, space: Space): string[][] {
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

function indexOfSeq(seq: string[], sub: string[]): number {
  outer: for (let i = 0; i + sub.length <= seq.length; i++) {
    for (let j = 0; j < sub.length; j++) if (seq[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}
