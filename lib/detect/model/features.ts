// Text → hashed features for the learned stage. Pure TypeScript (no DOM, no browser API).
//
// Features are computed on the NORMALISED tokens of lib/detect/normalise (fold keys: lower case,
// no accents, look-alikes → Latin), after undoing stretched letters, leetspeak and chat
// abbreviations, so a disguised message ("s3nd m3 a piccc", "gui anh") shares its features
// with the plain form. Kinds of feature, each in its own hash namespace:
//   w  word unigram (class tokens stay classes: #url, #shorturl, #badurl, #phone, #money, #num,
//      #minor, #email)                                  c  character 3- and 4-grams inside a word
//   b  word bigram (for Vietnamese: a syllable bigram)  x  exact-key (diacritics kept) unigram
//   y  exact-key bigram (Vietnamese written with diacritics; the fold copy is always there)
//   m  message shape: length bucket, question, shouting, emoji, letters split by dots
// Every feature remembers the token it came from, so the model's explanation can point at words.

import { VI_MARK } from '../fold-table';
import type { Lang } from '../types';
import { ABBREVIATIONS } from '../abbreviations';
import { deLeet, exactKey, foldKey, unstretch } from '../normalise';
import { KIND_WORD, tokenize } from '../tokenize';

/** Bumped whenever extraction changes: a model trained on another version is refused. */
export const FEATURE_VERSION = 1;

export interface Features {
  /** Bucket of each feature (0 … 2^bits − 1). A view into a buffer reused by the next call. */
  idx: Int32Array;
  /** Value of every feature: 1/√n, so long and short messages weigh alike. */
  v: number;
  /** Token each feature came from (−1: the message as a whole); a bigram belongs to its first word. Reused like idx. */
  tok: Int32Array;
  /** Token offsets in the original text, for explanations. */
  start: number[];
  end: number[];
  /** The message's language, guessed from diacritics and function words. */
  lang: Lang;
}

// Common function words written without diacritics. Ties and messages with none of them are
// English, the commonest language of short codes and links.
const VI_WORDS = new Set(['khong', 'la', 'co', 'cua', 'minh', 'ban', 'em', 'anh', 'roi', 'nha', 'di', 'duoc', 'nay', 'thi',
  'ma', 'cho', 'voi', 'toi', 'nhe', 'oi', 'gi', 'vay', 'chua', 'lam', 'biet', 'nguoi', 'tai', 'quy', 'khach', 'tien', 'se',
  'da', 'dang', 'den', 've', 'cac', 'nhung', 'mot', 'hay', 'lai', 'con', 'ko', 'dc', 'nhan', 'tin', 'chi', 'ne', 'ha']);
const EN_WORDS = new Set(['the', 'you', 'to', 'and', 'is', 'it', 'me', 'my', 'are', 'for', 'what', 'your', 'do', 'have', 'that',
  'can', 'will', 'not', 'be', 'in', 'on', 'with', 'this', 'just', 'so', 'get', 'how', 'of', 'i', 'we', 'now', 'call', 'free', 'am', 'was']);
const FR_WORDS = new Set(['je', 'tu', 'le', 'les', 'de', 'des', 'et', 'est', 'pas', 'que', 'qui', 'un', 'une', 'ce', 'moi',
  'toi', 'mais', 'du', 'au', 'ca', 'ai', 'suis', 'vous', 'on', 'il', 'elle', 'pour', 'avec', 'oui', 'non', 'bien', 'fait',
  'te', 'ta', 'ton', 'mon', 'ma', 'es', 'sa', 'son', 'lui', 'nous', 'y', 'quoi', 'trop', 'va', 'vas', 'ils', 't']);

export function guessLang(keys: readonly string[], accented: boolean): Lang {
  if (accented) return 'vi';
  let vi = 0;
  let en = 0;
  let fr = 0;
  for (const k of keys) {
    if (VI_WORDS.has(k)) vi++;
    if (EN_WORDS.has(k)) en++;
    if (FR_WORDS.has(k)) fr++;
  }
  if (vi > en && vi > fr) return 'vi';
  if (fr > en) return 'fr';
  return 'en';
}

/** Single-word abbreviations in fold space ("ko" → "khong", "u" → "you"). */
let foldAbbrev: Map<string, string> | undefined;
function abbrev(): Map<string, string> {
  if (!foldAbbrev) {
    foldAbbrev = new Map();
    for (const [a, full] of ABBREVIATIONS) {
      if (a.includes(' ') || full.includes(' ')) continue;
      const ka = foldKey(a, 0, a.length);
      const kf = foldKey(full, 0, full.length);
      if (ka !== kf && !foldAbbrev.has(ka)) foldAbbrev.set(ka, kf);
    }
  }
  return foldAbbrev;
}

/** The canonical form of a word key: stretched letters, leetspeak and abbreviations undone. */
export function canonicalWord(key: string, leet: boolean): string {
  let k = unstretch(key, 2) ?? key;
  if (leet) k = deLeet(k) ?? k;
  return abbrev().get(k) ?? k;
}

// FNV-1a, 32 bit, over UTF-16 code units; Math.imul keeps it exact and fast.
const FNV_OFFSET = 0x811c9dc5;
function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
function mixStr(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = mix(h, s.charCodeAt(i));
  return h;
}
/** Final avalanche so that close strings land in unrelated buckets. */
function finish(h: number, mask: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & mask;
}
const NS = (ch: string): number => mix(FNV_OFFSET, ch.charCodeAt(0));
const NS_WORD = NS('w');
const NS_BIGRAM = NS('b');
const NS_CHAR = NS('c');
const NS_EXACT = NS('x');
const NS_EXACT_BIGRAM = NS('y');
const NS_SHAPE = NS('m');

/** Emoji and pictographs (surrogate pairs of the emoji planes, dingbats, hearts). */
const EMOJI = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;

// Scratch buffers: one message's features, grown on demand, reused (no allocation per feature).
let IDX = new Int32Array(512);
let TOK = new Int32Array(512);

/** Hash of the character n-gram [s, s+n) of "^key$" (boundaries are virtual, no string is built). */
function charGram(k: string, s: number, n: number): number {
  let h = NS_CHAR;
  const last = k.length + 1;
  for (let p = s; p < s + n; p++) h = mix(h, p === 0 ? 0x5e : p === last ? 0x24 : k.charCodeAt(p - 1));
  return h;
}

/**
 * The hashed features of `text` (already capped by the caller). The returned arrays are views
 * into buffers the next call overwrites: copy them to keep them.
 */
export function extractFeatures(text: string, bits: number): Features {
  const mask = (1 << bits) - 1;
  const t = tokenize(text, false);
  let accented = false;
  for (let i = 0; i < text.length && !accented; i++) accented = VI_MARK[text.charCodeAt(i)] === 1;
  let n = 0;
  const add = (h: number, i: number): void => {
    if (n === IDX.length) {
      const idx = new Int32Array(n * 2);
      idx.set(IDX);
      IDX = idx;
      const tok = new Int32Array(n * 2);
      tok.set(TOK);
      TOK = tok;
    }
    IDX[n] = finish(h, mask);
    TOK[n++] = i;
  };
  const keys: string[] = new Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const raw = t.key[i]!;
    keys[i] = t.kind[i] === KIND_WORD ? canonicalWord(raw, t.leet[i] === 1) : raw;
  }
  // Letters split by dots or spaces ("s.e.x", "n u d e"): the joined word is a word too.
  let split = 0;
  for (let i = 0; i < t.n; ) {
    let j = i;
    while (j < t.n && t.kind[j] === KIND_WORD && keys[j]!.length === 1) j++;
    if (j - i >= 3) {
      let h = NS_WORD;
      for (let q = i; q < j; q++) h = mixStr(h, keys[q]!);
      add(h, i);
      split++;
    }
    i = j > i ? j : i + 1;
  }
  for (let i = 0; i < t.n; i++) {
    const k = keys[i]!;
    add(mixStr(NS_WORD, k), i);
    if (i + 1 < t.n) add(mixStr(mix(mixStr(NS_BIGRAM, k), 32), keys[i + 1]!), i);
    if (t.kind[i] === KIND_WORD && k.length >= 3) {
      // Character 3- and 4-grams of "^word$": shared by misspellings and inflections.
      const len = k.length + 2;
      for (let s = 0; s + 3 <= len; s++) {
        add(charGram(k, s, 3), i);
        if (s + 4 <= len) add(charGram(k, s, 4), i);
      }
    }
  }
  if (accented) {
    // Vietnamese with diacritics: the exact syllables too ("nhà" ≠ "nha"), beside the fold copy.
    let prev = '';
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== KIND_WORD) { prev = ''; continue; }
      const ek = exactKey(text, t.start[i]!, t.end[i]!);
      add(mixStr(NS_EXACT, ek), i);
      if (prev) add(mixStr(mix(mixStr(NS_EXACT_BIGRAM, prev), 32), ek), i - 1);
      prev = ek;
    }
  }
  // Message shape.
  add(mix(NS_SHAPE, 0x100 + Math.min(6, Math.floor(Math.log2(t.n + 1)))), -1);
  if (text.includes('?')) add(mix(NS_SHAPE, 0x200), -1);
  if (EMOJI.test(text)) add(mix(NS_SHAPE, 0x300), -1);
  if (split > 0) add(mix(NS_SHAPE, 0x400), -1);
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length && i < 400; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) { upper++; letters++; } else if (c >= 0x61 && c <= 0x7a) letters++;
  }
  if (letters >= 8 && upper / letters > 0.6) add(mix(NS_SHAPE, 0x500), -1);
  return { idx: IDX.subarray(0, n), v: 1 / Math.sqrt(n), tok: TOK.subarray(0, n), start: t.start, end: t.end, lang: guessLang(t.key, accented) };
}
