// Text → word tokens, written into a reused buffer: offsets into the original text, a kind, and
// each token's key as UTF-16 code units in one shared key array (see normalise.ts for the two key
// spaces). A plain word's key is folded character by character straight into that array: the
// per-message scan creates no string for it. Links, numbers, e-mail addresses and words that need
// compatibility normalisation (𝐬𝐞𝐧𝐝, decomposed accents) take a slower path through strings.

import { CLS, CLS_HIGH_SURROGATE, CLS_INVISIBLE, CLS_SPACE, CLS_WORD, ensureFoldTables, FOLD, QUAL, TONE } from './fold-table';
import { HASH_PRIME, HASH_SEED, hashUnits } from './hash-tables';
import { exactKey, foldKey, hasViMark, isDigit } from './normalise';

export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_URL = 2;
export const KIND_EMAIL = 3;

/** Pseudo-words that patterns can use for classes of tokens. */
export const CLASS_KEYS = ['#phone', '#minor', '#num', '#money', '#url', '#shorturl', '#badurl', '#email'] as const;

/** Link shorteners and throw-away domains: a link that hides where it goes. */
const SHORTENERS = /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|t\.ly|tinyurl\.com|goo\.gl|is\.gd|cutt\.ly|rb\.gy|ow\.ly|shorturl\.at|tiny\.cc|s\.id|v\.gd|bitly\.ws|yip\.su|qyy\.nu|rebrand\.ly|t\.co|bom\.so|ngrok\.io)(?:[\/?#]|$)/i;
const RISKY_TLD = /\.(?:xyz|top|icu|club|cc|tk|ml|ga|cf|gq|life|site|online|click|win|bet|vip|buzz|rest|cyou|sbs|monster|fun|asia|pw)(?:[\/:?#]|$)/i;
/** "vietcombank.vn-gss.club", "vcb-xx.com": a brand followed by a hyphen in the host. */
const BRAND_HYPHEN = /\b(?:vn|com)-[a-z0-9]+\.|\b(?:vietcombank|vcb|vietinbank|techcombank|bidv|agribank|mbbank|tpbank|acb|sacombank|momo|zalopay|shopee|tiktok|facebook|paypal|apple|amazon|netflix|usps|dhl|fedex)[a-z0-9]*-[a-z0-9-]*\./i;

function urlKey(url: string): string {
  // Hosts are at most 253 characters; the cap also keeps the regexes below linear.
  url = url.slice(0, 300);
  const host = url.replace(/^[a-z]+:\/\//i, '').split(/[\/?#]/)[0] ?? '';
  if (RISKY_TLD.test(host + '/') || BRAND_HYPHEN.test(host) || /^\d+\.\d+\.\d+\.\d+/.test(host) || /ngrok/i.test(host)) return '#badurl';
  // Schools and insurers use shorteners too: weaker evidence than a look-alike domain.
  if (SHORTENERS.test(url)) return '#shorturl';
  return '#url';
}

const TLDS = new Set(['com', 'net', 'org', 'vn', 'me', 'ly', 'io', 'co', 'cc', 'xyz', 'top', 'info', 'site',
  'online', 'click', 'link', 'shop', 'store', 'app', 'live', 'club', 'vip', 'biz', 'gl', 'gd', 'tk', 'ml',
  'ga', 'cf', 'ru', 'cn', 'uk', 'fr', 'us', 'in', 'de', 'asia', 'win', 'bet', 'icu', 'fun', 'pro', 'page',
  'tv', 'to', 'so', 'be', 'ch', 'ca']);
const MAX_TLD_CHARS = Math.max(...[...TLDS].map((t) => t.length));

const MONEY_SUFFIX = new Set(['k', 'tr', 'trieu', 'm', 'd', 'vnd', 'usd', 'eur', 'euro', 'euros', 'dollars', 'ty', 'cu', 'lit', 'xu']);

/** Tokens of one text. Arrays are reused and grown on demand; only indexes < n are meaningful. */
export class TokenBuffer {
  n = 0;
  /** True when the text carries Vietnamese diacritics: exact keys are used. */
  accented = false;
  start = new Int32Array(64);
  end = new Int32Array(64);
  kind = new Uint8Array(64);
  /** 1 when the word contains digits or leet symbols (s3nd, b@by). */
  leet = new Uint8Array(64);
  keyStart = new Int32Array(64);
  keyLen = new Int32Array(64);
  /** FNV-1a hash of each key (see hashUnits), computed as the key is written. */
  keyHash = new Int32Array(64);
  /** Keys of all tokens, back to back. */
  keys = new Uint16Array(256);
  keysUsed = 0;

  /** The key of token i as a string (slow paths and tests only). */
  key(i: number): string {
    const s = this.keyStart[i]!;
    return String.fromCharCode(...this.keys.subarray(s, s + this.keyLen[i]!));
  }

  /** Start a token at text[s, e): returns its index; the key is appended with addKeyUnit/addKeyString. */
  open(s: number, e: number, kind: number, leet: number): number {
    const i = this.n;
    if (i === this.start.length) this.growTokens();
    this.start[i] = s;
    this.end[i] = e;
    this.kind[i] = kind;
    this.leet[i] = leet;
    this.keyStart[i] = this.keysUsed;
    this.keyLen[i] = 0;
    this.n = i + 1;
    return i;
  }

  addKeyString(i: number, key: string): void {
    this.reserveKeys(key.length);
    for (let k = 0; k < key.length; k++) this.keys[this.keysUsed++] = key.charCodeAt(k);
    this.keyLen[i] = this.keysUsed - this.keyStart[i]!;
    this.keyHash[i] = hashUnits(this.keys, this.keyStart[i]!, this.keysUsed);
  }

  /** A word whose key the tokenizer already wrote at keys[keyStart, keyEnd), with its hash. */
  pushWord(s: number, e: number, leet: number, keyStart: number, keyEnd: number, hash: number): number {
    const i = this.n;
    if (i === this.start.length) this.growTokens();
    this.start[i] = s;
    this.end[i] = e;
    this.kind[i] = KIND_WORD;
    this.leet[i] = leet;
    this.keyStart[i] = keyStart;
    this.keyLen[i] = keyEnd - keyStart;
    this.keyHash[i] = hash;
    this.keysUsed = keyEnd;
    this.n = i + 1;
    return i;
  }

  reserveKeys(extra: number): void {
    if (this.keysUsed + extra <= this.keys.length) return;
    const bigger = new Uint16Array(Math.max(this.keys.length * 2, this.keysUsed + extra));
    bigger.set(this.keys.subarray(0, this.keysUsed));
    this.keys = bigger;
  }

  private growTokens(): void {
    const cap = this.start.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.start = grow(this.start, (n) => new Int32Array(n));
    this.end = grow(this.end, (n) => new Int32Array(n));
    this.kind = grow(this.kind, (n) => new Uint8Array(n));
    this.leet = grow(this.leet, (n) => new Uint8Array(n));
    this.keyStart = grow(this.keyStart, (n) => new Int32Array(n));
    this.keyLen = grow(this.keyLen, (n) => new Int32Array(n));
    this.keyHash = grow(this.keyHash, (n) => new Int32Array(n));
  }
}

function isSpaceAt(text: string, i: number): boolean {
  return i >= text.length || CLS[text.charCodeAt(i)] === CLS_SPACE;
}

/** A surrogate pair that is a letter or digit (𝐬𝐞𝐧𝐝, 𝟏𝟑), treated as a word character. */
function isWordPair(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  return cp >= 0x1d400 && cp <= 0x1d7ff;
}

/** "http://", "https://" (any case) at i. */
function isSchemeAt(text: string, i: number): boolean {
  if ((text.charCodeAt(i) | 0x20) !== 0x68 || (text.charCodeAt(i + 1) | 0x20) !== 0x74 || (text.charCodeAt(i + 2) | 0x20) !== 0x74 || (text.charCodeAt(i + 3) | 0x20) !== 0x70) return false;
  let j = i + 4;
  if ((text.charCodeAt(j) | 0x20) === 0x73) j++;
  return text.charCodeAt(j) === 0x3a && text.charCodeAt(j + 1) === 0x2f && text.charCodeAt(j + 2) === 0x2f;
}

/** "www." (any case) at i. */
function isWwwAt(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 0x20) === 0x77 && (text.charCodeAt(i + 1) | 0x20) === 0x77 && (text.charCodeAt(i + 2) | 0x20) === 0x77 && text.charCodeAt(i + 3) === 0x2e;
}

function numberKey(digits: string, prevChar: number, nextChar: number, plus: boolean): string {
  const len = digits.length;
  if (prevChar === 0x24 || nextChar === 0x24 || prevChar === 0x20ac || nextChar === 0x20ac || prevChar === 0xa3) return '#money';
  if (len >= 9 && len <= 12 && (plus || digits.charCodeAt(0) === 0x30 || digits.startsWith('84'))) return '#phone';
  if (len <= 2) {
    const v = Number(digits);
    if (v >= 8 && v <= 17) return '#minor';
  }
  return '#num';
}

/** Tone digits of the word being keyed (exact keys put them after the letters). */
const TONES = new Uint8Array(4096);

function pushClass(buf: TokenBuffer, s: number, e: number, key: string, kind: number): void {
  buf.addKeyString(buf.open(s, e, kind, 0), key);
}

/**
 * Split `text` into word tokens in `buf` (cleared first). `forceAccented` chooses the key space
 * (used when compiling patterns); otherwise the text itself decides.
 */
export function tokenizeInto(buf: TokenBuffer, text: string, forceAccented?: boolean): TokenBuffer {
  ensureFoldTables();
  buf.n = 0;
  buf.keysUsed = 0;
  const len = text.length;
  const accented = (buf.accented = forceAccented ?? hasViMark(text, 0, len));
  let i = 0;
  while (i < len) {
    const c0 = CLS[text.charCodeAt(i)];
    if (c0 !== CLS_WORD) {
      // Not a word start: skip (a surrogate pair that is a letter or digit does start one).
      if (c0 !== CLS_HIGH_SURROGATE) {
        i++;
        continue;
      }
      if (!isWordPair(text, i)) {
        i += 2;
        continue;
      }
    }
    const s = i;
    // URL written with a scheme or www.
    if (isSchemeAt(text, i) || isWwwAt(text, i)) {
      while (i < len && !isSpaceAt(text, i)) i++;
      pushClass(buf, s, i, urlKey(text.slice(s, i)), KIND_URL);
      continue;
    }
    let letters = 0;
    let digits = 0;
    let symbols = 0;
    // The key is written as the word is read (fold key, or exact key when accented), with its
    // hash; it is kept only if the token turns out to be a plain word. A surrogate pair, or a
    // combining mark in an exact key, needs NFKC first: `slow` redoes that word through strings.
    const ks = buf.keysUsed;
    buf.reserveKeys(2 * (len - s) + 8);
    const keys = buf.keys;
    let used = ks;
    let h = HASH_SEED;
    let tones = 0;
    let slow = false;
    while (i < len) {
      const c = text.charCodeAt(i);
      const cls = CLS[c];
      if (cls !== CLS_WORD && cls !== CLS_INVISIBLE) {
        if (cls === CLS_HIGH_SURROGATE && isWordPair(text, i)) {
          slow = true;
          letters++;
          i += 2;
          continue;
        }
        // Leet symbols inside a word (b@by, a$$): keep them when a letter follows.
        if ((c === 0x40 || c === 0x24) && i > s && i + 1 < len && CLS[text.charCodeAt(i + 1)] === CLS_WORD) {
          if (c === 0x40) {
            // name@domain.tld is an e-mail address
            let j = i + 1;
            while (j < len && !isSpaceAt(text, j)) j++;
            if (text.slice(i, j).includes('.')) {
              pushClass(buf, s, j, '#email', KIND_EMAIL);
              i = j;
              letters = -1;
              break;
            }
          }
          // '@' and '$' key as themselves in both spaces.
          keys[used++] = c;
          h = Math.imul(h ^ c, HASH_PRIME);
          i++;
          symbols++;
          continue;
        }
        break;
      }
      if (!accented) {
        const f = FOLD[c]!;
        if (f !== 0) {
          keys[used++] = f;
          h = Math.imul(h ^ f, HASH_PRIME);
        }
      } else {
        if (c >= 0x300 && c <= 0x36f) slow = true;
        const q = QUAL[c]!;
        if (q !== 0) {
          keys[used++] = q;
          h = Math.imul(h ^ q, HASH_PRIME);
        }
        const t = TONE[c]!;
        if (t !== 0) {
          if (tones < TONES.length) TONES[tones++] = t;
          else slow = true;
        }
      }
      if (isDigit(c)) digits++;
      else letters++;
      i++;
    }
    if (letters === -1) continue;
    // Domain names: word.tld[/path]
    if (letters > 0 && i + 2 < len && text.charCodeAt(i) === 0x2e) {
      let j = i + 1;
      while (j < len && CLS[text.charCodeAt(j)] === CLS_WORD && !isDigit(text.charCodeAt(j))) j++;
      if (j > i + 1 && j - i - 1 <= MAX_TLD_CHARS && TLDS.has(text.slice(i + 1, j).toLowerCase()) && (j >= len || CLS[text.charCodeAt(j)] !== CLS_WORD)) {
        while (j < len && !isSpaceAt(text, j)) j++;
        pushClass(buf, s, j, urlKey(text.slice(s, j)), KIND_URL);
        i = j;
        continue;
      }
    }
    if (letters === 0) {
      // Digits, possibly grouped: 0912 345 678, 0912.345.678, +84 912-345-678
      const e = i;
      let all = text.slice(s, e);
      let j = e;
      while (all.length < 12 && j + 1 < len && ' .-'.includes(text.charAt(j)) && isDigit(text.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < len && isDigit(text.charCodeAt(k))) k++;
        if (all.length + (k - j - 1) > 12) break;
        all += text.slice(j + 1, k);
        j = k;
      }
      const plus = s > 0 && text.charCodeAt(s - 1) === 0x2b;
      const prev = s > 0 ? text.charCodeAt(s - 1) : 0;
      if (j > e && all.length >= 9 && numberKey(all, prev, 0, plus) === '#phone') {
        pushClass(buf, s, j, '#phone', KIND_NUMBER);
        i = j;
        continue;
      }
      const next = e < len ? text.charCodeAt(e) : 0;
      pushClass(buf, s, e, numberKey(all.slice(0, e - s), prev, next, plus), KIND_NUMBER);
      continue;
    }
    let t: number;
    if (slow) {
      t = buf.open(s, i, KIND_WORD, digits + symbols > 0 ? 1 : 0);
      buf.addKeyString(t, accented ? exactKey(text, s, i) : foldKey(text, s, i));
    } else {
      for (let k = 0; k < tones; k++) {
        const d = 0x30 + TONES[k]!;
        keys[used++] = d;
        h = Math.imul(h ^ d, HASH_PRIME);
      }
      t = buf.pushWord(s, i, digits + symbols > 0 ? 1 : 0, ks, used, h);
    }
    if (digits > 0 && isMoney(buf.key(t))) {
      // 500k, 10tr, 2000usd
      buf.kind[t] = KIND_NUMBER;
      buf.leet[t] = 0;
      buf.keysUsed = buf.keyStart[t]!;
      buf.addKeyString(t, '#money');
    }
  }
  return buf;
}

function isMoney(key: string): boolean {
  let d = 0;
  while (d < key.length && isDigit(key.charCodeAt(d))) d++;
  return d > 0 && MONEY_SUFFIX.has(foldKey(key, d, key.length).replace(/\d+$/, ''));
}

/** Tokens with their keys as strings (compiling patterns, tests). */
export interface Tokens {
  n: number;
  start: number[];
  end: number[];
  key: string[];
  kind: number[];
  leet: number[];
  accented: boolean;
}

const SHARED = new TokenBuffer();

/** Split text into word tokens with string keys. */
export function tokenize(text: string, forceAccented?: boolean): Tokens {
  const b = tokenizeInto(SHARED, text, forceAccented);
  const t: Tokens = { n: b.n, start: [], end: [], key: [], kind: [], leet: [], accented: b.accented };
  for (let i = 0; i < b.n; i++) {
    t.start.push(b.start[i]!);
    t.end.push(b.end[i]!);
    t.key.push(b.key(i));
    t.kind.push(b.kind[i]!);
    t.leet.push(b.leet[i]!);
  }
  return t;
}
