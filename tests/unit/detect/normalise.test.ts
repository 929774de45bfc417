// Each normalisation trick, checked through the engine (what matters is that disguised text
// is caught and that spans point at the original characters).
import { describe, expect, test, beforeAll } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../../lib/detect/index';
import { builtInRules } from '../../../lib/rules/built-in';
import { exactKey, foldKey } from '../../../lib/detect/normalise';
import { tokenize } from '../../../lib/detect/tokenize';

/** Compiling the rules takes seconds on a busy machine: do it once, outside any test's time limit. */
beforeAll(() => {
  builtInRules();
}, 120_000);

const strict = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity: 'strict' });
const fires = (text: string, rule: string): boolean => strict.scan({ text }).rules.includes(rule);

describe('keys', () => {
  test('fold key: case, accents, đ, look-alikes, fullwidth', () => {
    const k = (s: string) => foldKey(s, 0, s.length);
    expect(k('GỬI')).toBe('gui');
    expect(k('Đi')).toBe('di');
    expect(k('ѕеnd')).toBe('send'); // Cyrillic ѕ е
    expect(k('ＳＥＮＤ')).toBe('send');
    expect(k('ⓢⓔⓝⓓ')).toBe('send');
    expect(k('ηυde')).toBe('nude'); // Greek η υ
  });
  test('exact key keeps vowel quality and moves the tone to the end (old and new placement agree)', () => {
    const k = (s: string) => exactKey(s, 0, s.length);
    expect(k('hòa')).toBe(k('hoà'));
    expect(k('nhà')).not.toBe(k('nha'));
    expect(k('gửi')).toBe('gưi4');
    expect(k('Đi')).toBe('đi');
  });
  test('decomposed (NFD) input gives the same keys as composed', () => {
    const nfd = 'gửi ảnh'.normalize('NFD');
    expect(tokenize(nfd).key).toEqual(tokenize('gửi ảnh').key);
  });
  test('zero-width characters do not split a word', () => {
    const t = tokenize('se\u200bnd nu\u200dd\u00ades');
    expect(t.key).toEqual(['send', 'nudes']);
  });
  test('numbers are classed: phone numbers (grouped too), ages, money', () => {
    expect(tokenize('0912 345 678').key).toEqual(['#phone']);
    expect(tokenize('+84 912-345-678').key).toEqual(['#phone']);
    expect(tokenize('im 13').key).toEqual(['im', '#minor']);
    expect(tokenize('500k').key).toEqual(['#money']);
    expect(tokenize('$50').key).toEqual(['#money']);
    expect(tokenize('2024').key).toEqual(['#num']);
  });
  test('links are classed by how much they hide', () => {
    expect(tokenize('https://vietcombank.vn-gss.club/x').key).toEqual(['#badurl']);
    expect(tokenize('bit.ly/abc').key).toEqual(['#shorturl']);
    expect(tokenize('viettel.vn/km').key).toEqual(['#url']);
  });
});

describe('disguises are caught', () => {
  test.each([
    ['leetspeak', 's3nd n00dz', 'en.sexual.intimate_request'],
    ['leet symbols', 'send me n@ked pics', 'en.sexual.intimate_request'],
    ['upper case', 'SEND ME NUDES', 'en.sexual.intimate_request'],
    ['zero-width', 'send me nu\u200bdes', 'en.sexual.intimate_request'],
    ['Cyrillic look-alikes', 'ѕеnd mе nudеѕ', 'en.sexual.intimate_request'],
    ['Greek look-alikes', 'send me nυdes', 'en.sexual.intimate_request'],
    ['fullwidth', 'ｓｅｎｄ ｍｅ ｎｕｄｅｓ', 'en.sexual.intimate_request'],
    ['split letters with dots', 's.e.n.d me n.u.d.e.s', 'en.sexual.intimate_request'],
    ['split letters with spaces', 's e n d me nudes', 'en.sexual.intimate_request'],
    ['split letters with emoji', 's🔥e🔥n🔥d me nudes', 'en.sexual.intimate_request'],
    ['stretched letters', 'pleaseeee sennnnd me nuuuudes', 'en.sexual.intimate_request'],
    ['Vietnamese without diacritics', 'gui anh nong cho anh di', 'vi.sexual.intimate_request'],
    ['Vietnamese split letters', 'g.ử.i ả.n.h n.ó.n.g cho anh', 'vi.sexual.intimate_request'],
    ['Vietnamese decomposed', 'gửi ảnh nóng cho anh'.normalize('NFD'), 'vi.sexual.intimate_request'],
    ['Vietnamese old tone placement', 'nhớ xoá tin nhắn đi nha', 'vi.grooming.delete_chat'],
    ['teen abbreviations k/bme/dc', 'k dc ns vs bme nha', 'vi.grooming.secrecy'],
    ['teen abbreviations e/a', 'e o nha 1 minh a', 'vi.grooming.home_alone'],
    ['English chat shorthand', 'r u home alone', 'en.grooming.home_alone'],
    ['French without accents', 't es toute seule a la maison ?', 'fr.grooming.home_alone'],
  ])('%s: "%s"', (_name, text, rule) => {
    expect(fires(text, rule)).toBe(true);
  });

  test('words that differ only by tone do not match when the message carries diacritics', () => {
    // "nha" (particle) is not "nhà" (house) in an accented message…
    expect(fires('em ở nha một mình à', 'vi.grooming.home_alone')).toBe(false);
    expect(fires('em ở nhà một mình à', 'vi.grooming.home_alone')).toBe(true);
    // …"dịch vụ" (service) is not "vú" (breast), even typed without accents.
    expect(fires('gui dich vu cho anh xem', 'vi.sexual.intimate_request')).toBe(false);
  });

  test('spans point at the original characters, whatever the disguise', () => {
    const text = 'Hey!! S.E.N.D me  n00dz ok';
    const v = strict.scan({ text });
    expect(v.spans.length).toBe(1);
    const [s, e] = v.spans[0]!;
    expect(text.slice(s, e)).toBe('S.E.N.D me  n00dz');
    const vi = 'Ừ, gửi ảnh nóng cho anh đi';
    const [vs, ve] = strict.scan({ text: vi }).spans[0]!;
    expect(vi.slice(vs, ve)).toContain('gửi ảnh nóng');
  });
});
