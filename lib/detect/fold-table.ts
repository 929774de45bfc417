// One-pass character tables, built once per context, on first use (ensureFoldTables). Each maps one UTF-16 code unit to
// one code unit, so offsets stay aligned with the original text (no NFD + regex pass,
// which costs ~40 ms/MiB on Vietnamese: ../shared/research/matching-performance.md B5).

/** Character classes. */
export const CLS_OTHER = 0;
export const CLS_WORD = 1; // letter, digit or combining mark
export const CLS_INVISIBLE = 2; // zero-width / soft hyphen: ignored, does not split a word
export const CLS_SPACE = 3;
export const CLS_HIGH_SURROGATE = 4;

/** Tone marks of Vietnamese (and French accents), stripped into the tone digit of an exact key. */
const TONE_MARKS: Record<number, number> = {
  0x0300: 1, // grave: huyền, è à ù
  0x0301: 2, // acute: sắc, é
  0x0303: 3, // tilde: ngã
  0x0309: 4, // hook above: hỏi
  0x0323: 5, // dot below: nặng
};

/** Look-alike letters from other scripts, used to disguise Latin words. */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ү: 'y',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', ω: 'w', ς: 's', μ: 'u',
  // Latin oddities
  ı: 'i', ɡ: 'g', ł: 'l', ø: 'o', ß: 's', ð: 'd', đ: 'd', ŀ: 'l', ſ: 's',
};

const INVISIBLE = [0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c,
  0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206a, 0x206b, 0x206c, 0x206d,
  0x206e, 0x206f, 0x3164, 0xfe00, 0xfe01, 0xfe0e, 0xfe0f, 0xfeff, 0xffa0];

/** Vietnamese-only letters: a message containing one is written "with diacritics". */
const VI_ONLY = 'ăắằẳẵặơớờởỡợưứừửữựđãõĩũỹẽáíóúýìòỳảẻỉỏủỷạẹịọụỵấầẩẫậếềểễệốồổỗộ';

/** Ranges where case, compatibility forms, accents or look-alikes need a table entry. */
const RANGES: Array<[number, number]> = [
  [0x41, 0x5a], [0xa0, 0x52f], [0x1d00, 0x1fff], [0x2100, 0x24ff], [0xff00, 0xffef],
];

/** folded: lower case, no accents, đ→d, look-alikes → Latin. 0 = drop the code unit. */
export const FOLD = new Uint16Array(65536);
/** quality: lower case, look-alikes → Latin, tone marks removed, vowel quality (ư ơ â ă ê ô đ) kept. */
export const QUAL = new Uint16Array(65536);
/** tone digit (1..5) carried by the code unit, 0 if none. */
export const TONE = new Uint8Array(65536);
export const CLS = new Uint8Array(65536);
/** 1 when the code unit is a letter only Vietnamese uses. */
export const VI_MARK = new Uint8Array(65536);

function isCombining(c: number): boolean {
  return c >= 0x0300 && c <= 0x036f;
}

function build(): void {
  const wordRe = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    FOLD[c] = c;
    QUAL[c] = c;
  }
  for (let c = 0x30; c <= 0x39; c++) CLS[c] = CLS_WORD;
  for (let c = 0x61; c <= 0x7a; c++) CLS[c] = CLS_WORD;
  for (let c = 0x41; c <= 0x5a; c++) CLS[c] = CLS_WORD;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) CLS[c] = CLS_SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) CLS[c] = CLS_SPACE;
  for (let c = 0xd800; c <= 0xdbff; c++) CLS[c] = CLS_HIGH_SURROGATE;
  // Letters outside the table ranges (CJK, Thai, …) still form words.
  for (let c = 0x530; c < 65536; c++) {
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x1d00 && c <= 0x1fff) || (c >= 0x2000 && c <= 0x24ff)) continue;
    if (CLS[c] !== CLS_OTHER) continue;
    if (c >= 0x3400 && c <= 0x9fff) CLS[c] = CLS_WORD; // CJK: no need to ask the regex
    else if (wordRe.test(String.fromCharCode(c))) CLS[c] = CLS_WORD;
  }
  for (const [lo, hi] of RANGES) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      if (wordRe.test(ch)) CLS[c] = CLS_WORD;
      if (isCombining(c)) continue;
      let s = ch.normalize('NFKC').toLowerCase();
      s = LOOKALIKES[s] ?? s;
      const d = s.normalize('NFD');
      // Keep only one-code-unit results, so offsets stay aligned.
      let base = '';
      let qualMarks = '';
      let tone = 0;
      for (const m of d) {
        const mc = m.charCodeAt(0);
        if (m.length === 1 && isCombining(mc)) {
          if (TONE_MARKS[mc]) tone = TONE_MARKS[mc];
          else qualMarks += m;
        } else base += m;
      }
      if (base.length !== 1) continue;
      let folded = base;
      folded = LOOKALIKES[folded] ?? folded;
      const f = folded.charCodeAt(0);
      FOLD[c] = f;
      if (CLS[f] === CLS_WORD && CLS[c] !== CLS_WORD) CLS[c] = CLS_WORD; // ⓢ, ｓ
      const qual = (base + qualMarks).normalize('NFC');
      QUAL[c] = qual.length === 1 ? qual.charCodeAt(0) : f;
      TONE[c] = tone;
    }
  }
  // đ keeps its quality in exact keys; folds to d.
  QUAL[0x0111] = 0x0111;
  QUAL[0x0110] = 0x0111;
  for (let c = 0x300; c <= 0x36f; c++) {
    CLS[c] = CLS_WORD;
    FOLD[c] = 0;
    QUAL[c] = 0;
  }
  for (const c of INVISIBLE) {
    CLS[c] = CLS_INVISIBLE;
    FOLD[c] = 0;
    QUAL[c] = 0;
  }
  for (const ch of VI_ONLY) {
    VI_MARK[ch.charCodeAt(0)] = 1;
    VI_MARK[ch.toUpperCase().charCodeAt(0)] = 1;
  }
  // Combining tone marks typed in decomposed form also make a message "accented".
  VI_MARK[0x0303] = 1;
  VI_MARK[0x0309] = 1;
  VI_MARK[0x0323] = 1;
  VI_MARK[0x031b] = 1;
  VI_MARK[0x0306] = 1;
}

let built = false;

/**
 * Fill the tables on first use (every function that reads them calls this first): the content
 * script runs on every page of a supported site, and most of them never show a chat message.
 */
export function ensureFoldTables(): void {
  if (built) return;
  built = true;
  build();
}
