// Text → word tokens with keys for matching and offsets into the original text.
//
// Two key spaces (see ../../docs/accuracy.md, "Diacritics"):
// - fold key: lower case, no accents, đ→d, look-alikes → Latin ("gửi" → "gui").
// - exact key: lower case, vowel quality kept (ư ơ â ă ê ô đ), tone marks moved to the end as
//   digits, so old and new tone placement agree ("hoà" = "hòa" → "hoa1").
// A message that contains a Vietnamese-only letter is matched on exact keys, so words that
// differ only by tone ("nhà"/"nha", "gái"/"gai") do not match each other; a message written
// without diacritics is matched on fold keys.

import { CLS, CLS_HIGH_SURROGATE, CLS_INVISIBLE, CLS_SPACE, CLS_WORD, FOLD, QUAL, TONE, VI_MARK } from './fold-table';

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

export interface Tokens {
  n: number;
  start: number[];
  end: number[];
  key: string[];
  kind: number[];
  /** 1 when the word contains digits or leet symbols (s3nd, b@by). */
  leet: number[];
  /** True when the message carries Vietnamese diacritics: exact keys are used. */
  accented: boolean;
}

const TLDS = new Set(['com', 'net', 'org', 'vn', 'me', 'ly', 'io', 'co', 'cc', 'xyz', 'top', 'info', 'site',
  'online', 'click', 'link', 'shop', 'store', 'app', 'live', 'club', 'vip', 'biz', 'gl', 'gd', 'tk', 'ml',
  'ga', 'cf', 'ru', 'cn', 'uk', 'fr', 'us', 'in', 'de', 'asia', 'win', 'bet', 'icu', 'fun', 'pro', 'page',
  'tv', 'to', 'so', 'be', 'ch', 'ca']);

const MONEY_SUFFIX = new Set(['k', 'tr', 'trieu', 'm', 'd', 'vnd', 'usd', 'eur', 'euro', 'euros', 'dollars', 'ty', 'cu', 'lit', 'xu']);

function isSpaceAt(text: string, i: number): boolean {
  return i >= text.length || CLS[text.charCodeAt(i)] === CLS_SPACE;
}

/** A surrogate pair that is a letter or digit (𝐬𝐞𝐧𝐝, 𝟏𝟑), treated as a word character. */
function isWordPair(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  return cp >= 0x1d400 && cp <= 0x1d7ff;
}

function wordCharLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cls = CLS[c];
  if (cls === CLS_WORD || cls === CLS_INVISIBLE) return 1;
  if (cls === CLS_HIGH_SURROGATE && isWordPair(text, i)) return 2;
  return 0;
}

/** Fold key of text[s, e). */
export function foldKey(text: string, s: number, e: number): string {
  // Fast path: already folded (lower-case ASCII and the like) → a plain slice, no new string built.
  let i0 = s;
  while (i0 < e && FOLD[text.charCodeAt(i0)] === text.charCodeAt(i0) && !(text.charCodeAt(i0) >= 0xd800 && text.charCodeAt(i0) <= 0xdfff)) i0++;
  if (i0 === e) return text.slice(s, e);
  let out = '';
  let simple = true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) { simple = false; break; }
  }
  if (!simple) text = text.slice(s, e).normalize('NFKC'), s = 0, e = text.length;
  for (let i = s; i < e; i++) {
    const f = FOLD[text.charCodeAt(i)]!;
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Exact key of text[s, e): quality letters, then the tone digits in order. */
export function exactKey(text: string, s: number, e: number): string {
  let needNorm = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0xd800 && c <= 0xdfff)) { needNorm = true; break; }
  }
  if (needNorm) {
    text = text.slice(s, e).normalize('NFKC');
    s = 0;
    e = text.length;
  }
  let out = '';
  let tones = '';
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const q = QUAL[c]!;
    if (q !== 0) out += String.fromCharCode(q);
    const t = TONE[c];
    if (t !== 0) tones += t;
  }
  return out + tones;
}

function hasViMark(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (VI_MARK[text.charCodeAt(i)] === 1) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
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

/**
 * Split text into word tokens. `forceAccented` chooses the key space (used when compiling
 * patterns); otherwise the message itself decides.
 */
export function tokenize(text: string, forceAccented?: boolean): Tokens {
  const t: Tokens = { n: 0, start: [], end: [], key: [], kind: [], leet: [], accented: false };
  const len = text.length;
  t.accented = forceAccented ?? hasViMark(text, 0, len);
  const keyOf = t.accented ? exactKey : foldKey;
  let i = 0;
  while (i < len) {
    let w = wordCharLen(text, i);
    if (w === 0 || CLS[text.charCodeAt(i)] === CLS_INVISIBLE) {
      i += w === 0 && CLS[text.charCodeAt(i)] === CLS_HIGH_SURROGATE ? 2 : 1;
      continue;
    }
    const s = i;
    // URL written with a scheme or www.
    const c0 = text.charCodeAt(i) | 0x20;
    if ((c0 === 0x68 && /^https?:\/\//i.test(text.slice(i, i + 8))) || (c0 === 0x77 && /^www\./i.test(text.slice(i, i + 4)))) {
      while (i < len && !isSpaceAt(text, i)) i++;
      push(t, s, i, urlKey(text.slice(s, i)), KIND_URL);
      continue;
    }
    let letters = 0;
    let digits = 0;
    let symbols = 0;
    while (i < len) {
      w = wordCharLen(text, i);
      if (w === 0) {
        // Leet symbols inside a word (b@by, a$$): keep them when a letter follows.
        const c = text.charCodeAt(i);
        if ((c === 0x40 || c === 0x24) && i > s && i + 1 < len && CLS[text.charCodeAt(i + 1)] === CLS_WORD) {
          if (c === 0x40) {
            // name@domain.tld is an e-mail address
            let j = i + 1;
            while (j < len && !isSpaceAt(text, j)) j++;
            if (text.slice(i, j).includes('.')) {
              push(t, s, j, '#email', KIND_EMAIL);
              i = j;
              letters = -1;
              break;
            }
          }
          i++;
          symbols++;
          continue;
        }
        break;
      }
      const c = text.charCodeAt(i);
      if (isDigit(c)) digits++;
      else letters++;
      i += w;
    }
    if (letters === -1) continue;
    // Domain names: word.tld[/path]
    if (letters > 0 && i + 2 < len && text.charCodeAt(i) === 0x2e) {
      let j = i + 1;
      while (j < len && CLS[text.charCodeAt(j)] === CLS_WORD && !isDigit(text.charCodeAt(j))) j++;
      const tld = text.slice(i + 1, j).toLowerCase();
      if (j > i + 1 && TLDS.has(tld) && (j >= len || CLS[text.charCodeAt(j)] !== CLS_WORD)) {
        while (j < len && !isSpaceAt(text, j)) j++;
        push(t, s, j, urlKey(text.slice(s, j)), KIND_URL);
        i = j;
        continue;
      }
    }
    if (letters === 0) {
      // Digits, possibly grouped: 0912 345 678, 0912.345.678, +84 912-345-678
      let e = i;
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
        push(t, s, j, '#phone', KIND_NUMBER);
        i = j;
        continue;
      }
      const next = e < len ? text.charCodeAt(e) : 0;
      push(t, s, e, numberKey(all.slice(0, e - s), prev, next, plus), KIND_NUMBER);
      continue;
    }
    const key = keyOf(text, s, i);
    if (digits > 0) {
      // 500k, 10tr, 2000usd
      let d = 0;
      while (d < key.length && isDigit(key.charCodeAt(d))) d++;
      if (d > 0 && MONEY_SUFFIX.has(foldKey(key, d, key.length).replace(/\d+$/, ''))) {
        push(t, s, i, '#money', KIND_NUMBER);
        continue;
      }
    }
    push(t, s, i, key, KIND_WORD, digits + symbols > 0 ? 1 : 0);
  }
  return t;
}

function push(t: Tokens, s: number, e: number, key: string, kind: number, leet = 0): void {
  t.leet.push(leet);
  t.start.push(s);
  t.end.push(e);
  t.key.push(key);
  t.kind.push(kind);
  t.n++;
}

// ---------------------------------------------------------------------------------------
// Lookup helpers: abbreviations, leetspeak and stretched letters, tried only when the plain
// key is not a known word, so ordinary text pays nothing for them.

/**
 * Vietnamese teen abbreviations and English/French chat shorthands → the word they stand for.
 * Unaccented spellings of real words ("vay" = borrow, "cung" in "cung cấp", "Minh") are NOT
 * listed: in a message written with diacritics they mean themselves.
 */
export const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
  ['k', 'không'], ['ko', 'không'], ['kh', 'không'], ['khg', 'không'], ['kg', 'không'], ['hok', 'không'],
  ['hông', 'không'], ['hong', 'không'], ['hem', 'không'], ['khum', 'không'], ['khom', 'không'], ['khong', 'không'],
  ['dc', 'được'], ['đc', 'được'], ['dk', 'được'], ['đk', 'được'], ['duoc', 'được'],
  ['j', 'gì'], ['gi', 'gì'], ['ji', 'gì'],
  ['vs', 'với'], ['ns', 'nói'],
  ['bit', 'biết'], ['bik', 'biết'], ['bjk', 'biết'], ['bít', 'biết'], ['biet', 'biết'],
  ['z', 'vậy'], ['v', 'vậy'], ['zay', 'vậy'], ['zậy', 'vậy'],
  ['mik', 'mình'], ['mjk', 'mình'], ['mih', 'mình'],
  ['thik', 'thích'], ['thix', 'thích'], ['thich', 'thích'],
  ['h', 'giờ'], ['jờ', 'giờ'],
  ['ng', 'người'], ['ngta', 'người ta'], ['nguoi', 'người'],
  ['ntn', 'như thế nào'],
  ['ui', 'ơi'],
  ['cx', 'cũng'], ['cg', 'cũng'],
  ['trc', 'trước'], ['truoc', 'trước'], ['trg', 'trường'], ['truong', 'trường'],
  ['nhìu', 'nhiều'], ['nhiu', 'nhiều'], ['nhieu', 'nhiều'],
  ['iu', 'yêu'], ['yeu', 'yêu'],
  ['wa', 'qua'], ['qa', 'qua'],
  ['hix', 'hic'],
  ['bme', 'bố mẹ'], ['bm', 'bố mẹ'], ['bo me', 'bố mẹ'], ['ba me', 'bố mẹ'], ['ba mẹ', 'bố mẹ'], ['bố mẹ', 'bố mẹ'],
  ['sdt', 'số điện thoại'], ['sđt', 'số điện thoại'], ['dt', 'điện thoại'], ['đt', 'điện thoại'],
  ['ny', 'người yêu'],
  ['ib', 'inbox'], ['ibx', 'inbox'], ['nt', 'nhắn tin'], ['kb', 'kết bạn'],
  ['u', 'you'], ['ya', 'you'], ['yu', 'you'], ['yo', 'you'], ['r', 'are'], ['ur', 'your'], ['yr', 'your'], ['youre', 'you re'],
  ['pls', 'please'], ['plz', 'please'], ['plse', 'please'], ['pleas', 'please'],
  ['pic', 'pic'], ['pix', 'pics'], ['pik', 'pic'], ['piks', 'pics'], ['pict', 'pic'],
  ['wanna', 'want to'], ['wana', 'want to'], ['gonna', 'going to'], ['gotta', 'got to'],
  ['cuz', 'because'], ['coz', 'because'], ['bc', 'because'],
  ['wat', 'what'], ['wut', 'what'], ['wht', 'what'],
  ['ppl', 'people'], ['bf', 'boyfriend'], ['gf', 'girlfriend'], ['bday', 'birthday'],
  ['n', 'and'], ['nd', 'and'],
  ['dont', 'do not'], ['don t', 'do not'], ['didnt', 'did not'], ['cant', 'can not'], ['cannot', 'can not'], ['can t', 'can not'],
  ['im', 'i am'], ['i m', 'i am'], ['ive', 'i have'], ['i ve', 'i have'], ['ill', 'i will'], ['i ll', 'i will'],
  ['id', 'i would'], ['i d', 'i would'], ['youll', 'you will'], ['you ll', 'you will'], ['you re', 'you are'],
  ['wont', 'will not'], ['won t', 'will not'],
  ['b4', 'before'], ['2day', 'today'], ['2nite', 'tonight'], ['2nyt', 'tonight'], ['2moro', 'tomorrow'], ['2morrow', 'tomorrow'],
  ['tél', 'téléphone'], ['tel', 'téléphone'], ['tu es', 't es'], ['slt', 'salut'], ['stp', 's il te plait'], ['svp', 's il vous plait'],
  ['pk', 'pourquoi'], ['pq', 'pourquoi'], ['pkoi', 'pourquoi'], ['koi', 'quoi'], ['ki', 'qui'], ['ke', 'que'],
  ['tkt', 't inquiète'], ['bcp', 'beaucoup'], ['mm', 'même'], ['jsp', 'je sais pas'], ['oklm', 'au calme'],
];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's', '!': 'i', '|': 'l' };

/** "s3nd" → "send"; undefined when nothing changes. */
export function deLeet(key: string): string | undefined {
  let out = '';
  let changed = false;
  let letters = 0;
  for (const ch of key) {
    const l = LEET[ch];
    if (l) { out += l; changed = true; } else { out += ch; letters++; }
  }
  return changed && letters >= 1 && out.length >= 3 ? out : undefined;
}

/** Collapse runs of 3+ identical letters to `keep` letters ("pleaseeee" → "please"). */
export function unstretch(key: string, keep: 1 | 2): string | undefined {
  // Cheap check first: most words have no run of three.
  let found = false;
  for (let i = 2; i < key.length; i++) {
    if (key.charCodeAt(i) === key.charCodeAt(i - 1) && key.charCodeAt(i) === key.charCodeAt(i - 2)) { found = true; break; }
  }
  if (!found) return undefined;
  let out = '';
  let changed = false;
  let i = 0;
  while (i < key.length) {
    let j = i + 1;
    while (j < key.length && key[j] === key[i]) j++;
    const run = j - i;
    if (run >= 3 && !isDigit(key.charCodeAt(i))) { out += key.charAt(i).repeat(keep); changed = true; } else out += key.slice(i, j);
    i = j;
  }
  return changed ? out : undefined;
}
