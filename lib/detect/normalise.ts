// Keys for matching: one word of text → the string the automaton knows it by.
//
// Two key spaces (see ../../docs/accuracy.md, "Diacritics"):
// - fold key: lower case, no accents, đ→d, look-alikes → Latin ("gửi" → "gui").
// - exact key: lower case, vowel quality kept (ư ơ â ă ê ô đ), tone marks moved to the end as
//   digits, so old and new tone placement agree ("hoà" = "hòa" → "hoa1").
// A message that contains a Vietnamese-only letter is matched on exact keys, so words that
// differ only by tone ("nhà"/"nha", "gái"/"gai") do not match each other; a message written
// without diacritics is matched on fold keys.

import { ensureFoldTables, FOLD, QUAL, TONE, VI_MARK } from './fold-table';

/** Fold key of text[s, e). */
export function foldKey(text: string, s: number, e: number): string {
  ensureFoldTables();
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
  ensureFoldTables();
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

export function hasViMark(text: string, s: number, e: number): boolean {
  ensureFoldTables();
  for (let i = s; i < e; i++) if (VI_MARK[text.charCodeAt(i)] === 1) return true;
  return false;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// ---------------------------------------------------------------------------------------
// Lookup helpers: abbreviations, leetspeak and stretched letters, tried only when the plain
// key is not a known word, so ordinary text pays nothing for them.

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
