// The learned stage: features, the model file, explanations, the trainer and the fallback.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtInRules } from '../../../lib/rules/built-in';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../../lib/detect/index';
import { buildModel, DEFAULT_BUILD_OPTIONS, type CorpusItem } from '../../../lib/detect/model/build';
import { extractFeatures } from '../../../lib/detect/model/features';
import { MODEL_CATEGORIES, ModelError, parseModel, serializeModel, type Model } from '../../../lib/detect/model/model';
import { fingerprint, findCorpus, loadCorpus, loadModelFile, MANIFEST_PATH, MODEL_PATH, TRAIN_FILES } from '../../../scripts/model/corpus';

/** A sorted copy (feature arrays are views into buffers the next extraction reuses). */
const sorted = (xs: ArrayLike<number>): number[] => Array.from(xs).sort((a, b) => a - b);
const shipped = (): Model => {
  const { model, error } = loadModelFile();
  if (!model) throw new Error(`shipped model not loaded: ${error}`);
  return model;
};

describe('features', () => {
  test.each([
    ['Send me your photo now', 'SEND me yоur ph0to n\u200bow'], // Cyrillic о, leet 0, zero-width space
    ['are you home alone tonight', 'Are   YOU home ALONE tonight'],
    ['t es trop moche', 'T’es TROP moche'],
  ])('a disguised message has the same features: %s', (plain, disguised) => {
    const a = sorted(extractFeatures(plain, 17).idx);
    const b = sorted(extractFeatures(disguised, 17).idx);
    expect(b).toEqual(a);
  });

  test('Vietnamese with diacritics keeps every feature of the unaccented form', () => {
    const plain = extractFeatures('gui anh cho anh di em', 17);
    const plainIdx = Array.from(plain.idx);
    const accented = extractFeatures('gửi ảnh cho anh đi em', 17);
    const have = new Set(accented.idx);
    for (const i of plainIdx) expect(have.has(i)).toBe(true);
    expect(accented.idx.length).toBeGreaterThan(plainIdx.length); // plus the exact syllables
    expect(plain.lang).toBe('vi');
    expect(accented.lang).toBe('vi');
  });

  test('class tokens stand for what they are, not their digits', () => {
    const a = sorted(extractFeatures('call 0912 345 678 or visit bit.ly/abc', 17).idx);
    const b = sorted(extractFeatures('call 0987 654 321 or visit bit.ly/zzz', 17).idx);
    expect(b).toEqual(a);
  });
});

describe('model file', () => {
  const m = shipped();

  test('quantised weights and header survive a round trip byte for byte', () => {
    const bytes = serializeModel(m);
    const again = parseModel(bytes);
    expect(Buffer.from(again.weights.buffer, again.weights.byteOffset, again.weights.length).equals(Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.length))).toBe(true);
    expect(again.thresholds).toEqual(m.thresholds);
    expect(again.scales).toEqual(m.scales);
    expect(Buffer.from(serializeModel(again)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('a damaged or truncated file is refused with a ModelError', () => {
    const bytes = serializeModel(m);
    const flipped = bytes.slice();
    flipped[bytes.length - 7] = flipped[bytes.length - 7]! ^ 0x55;
    expect(() => parseModel(flipped)).toThrow(ModelError);
    expect(() => parseModel(bytes.slice(0, bytes.length - 1))).toThrow(ModelError);
    expect(() => parseModel(new Uint8Array([1, 2, 3]))).toThrow(ModelError);
    expect(() => parseModel(new TextEncoder().encode('<html>not found</html>'))).toThrow(ModelError);
  });

  test('the shipped model is small enough to ship (≤ 300 KB gzipped) and has operating points for every language', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(readFileSync(MODEL_PATH), { level: 9 }).length).toBeLessThanOrEqual(300 * 1024);
    for (const h of m.heads) for (const lang of ['vi', 'en', 'fr'] as const) {
      const t = m.thresholds[h][lang];
      expect(t.strict).toBeLessThanOrEqual(t.balanced);
      expect(t.balanced).toBeLessThan(t.low);
    }
  });
});

describe('detector with the model', () => {
  const m = shipped();

  test('adds per-category model scores and keeps the rule verdict fields', () => {
    const v = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model: m }).scan({ text: 'see you at school tomorrow' });
    expect(v.flagged).toBe(false);
    expect(Object.keys(v.model ?? {}).sort()).toEqual([...MODEL_CATEGORIES].sort());
  });

  test('explanation spans of a model-driven warning point at words of the original text', () => {
    const d = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity: 'strict', model: m });
    // Written for this test; no rule of the packs fires on them at Balanced.
    const texts = [
      'Congratulations! You have been selected for a free holiday, text WIN to 80082',
      'bạn nhận được phần quà 500k, nhấn vào link để nhận ngay',
      'shut up you stupid noob',
    ];
    let modelFlags = 0;
    for (const text of texts) {
      const v = d.scan({ text });
      for (const [s, e] of v.spans) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(text.length);
        expect(text.slice(s, e).trim()).toBe(text.slice(s, e));
        expect(text.slice(s, e)).toMatch(/[\p{L}\p{N}]/u);
      }
      if (v.stage === 'model') {
        modelFlags++;
        expect(v.spans.length).toBeGreaterThanOrEqual(1);
        expect(v.signals).toContain(`model_${v.category}`);
      }
    }
    expect(modelFlags).toBeGreaterThan(0);
  });

  test('a disabled category is never flagged by the model either', () => {
    const text = 'URGENT: your bank account is suspended, verify now at secure-bank-verify.xyz';
    const on = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model: m }).scan({ text });
    const off = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model: m, disabledCategories: ['scam'] }).scan({ text });
    expect(on.category).toBe('scam');
    expect(off.category).not.toBe('scam');
  });

  test("the parent's allowlist applies to the model too: allowed words are not read", () => {
    const text = 'Congratulations! You have been selected for a free holiday, text WIN to 80082';
    const plain = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model: m }).scan({ text });
    expect(plain).toMatchObject({ flagged: true, category: 'scam', stage: 'model' });
    const allowed = createDetector(builtInRules(), {
      ...DEFAULT_DETECTOR_OPTIONS, model: m, allowPhrases: ['congratulations you have been selected for a free holiday text win to'],
    }).scan({ text });
    expect(allowed.flagged).toBe(false);
    expect(allowed.model!.scam!).toBeLessThan(plain.model!.scam!);
  });

  test('without a model (missing or corrupt file) the rules still judge, nothing throws', () => {
    expect(loadModelFile('/nonexistent/detector.bin')).toMatchObject({ model: null, error: expect.any(String) });
    const d = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model: null });
    const v = d.scan({ text: 'send me nudes' });
    expect(v).toMatchObject({ flagged: true, category: 'sexual_request' });
    expect(v.model).toBeUndefined();
  });
});

describe('trainer', () => {
  const fixture: CorpusItem[] = [];
  const scams = ['you won a prize claim at #', 'your account is locked verify at #', 'pay the fee now to release your parcel #', 'claim your reward now #'];
  const benign = ['see you at school #', 'dinner is ready come home #', 'did you finish your homework #', 'mum will pick you up at #', 'lol that game was fun #'];
  for (let i = 0; i < 40; i++) {
    fixture.push({ text: scams[i % scams.length]!.replace('#', `link${i}.xyz`), lang: 'en', label: 'risky', category: 'scam', source: 'fx', group: `s${i}`, personal: false });
    fixture.push({ text: benign[i % benign.length]!.replace('#', `${i} o clock`), lang: 'en', label: 'benign', category: 'benign', source: 'fx', group: `b${i}`, personal: true });
  }
  const o = { ...DEFAULT_BUILD_OPTIONS, bits: 12, epochs: 3 };

  test('the same data and seed give the same model, byte for byte', () => {
    const a = serializeModel(buildModel(fixture, o, 'fx'));
    const b = serializeModel(buildModel(fixture, o, 'fx'));
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
  });

  test('it learns the fixture: scam text scores above benign text on the scam head', () => {
    const m = buildModel(fixture, o, 'fx');
    const h = m.heads.indexOf('scam');
    const d = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model: m });
    const s1 = d.scan({ text: 'claim your prize now at win.xyz' }).model!.scam!;
    const s0 = d.scan({ text: 'see you at school at 5 o clock' }).model!.scam!;
    expect(h).toBeGreaterThanOrEqual(0);
    expect(s1).toBeGreaterThan(s0);
  });
});

describe('committed model = npm run train', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { fingerprint: string; modelSha256: string; files: Record<string, string> };

  test('the committed model is the one recorded in the manifest, and its inputs (data hashes, options, feature extraction, trainer code) are unchanged', () => {
    const bytes = readFileSync(MODEL_PATH);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.modelSha256);
    expect(shipped().trainedOn).toBe(manifest.fingerprint);
    // Recomputed from today's code: a change to features, normalisation or the trainer without retraining fails here.
    expect(fingerprint(manifest.files, DEFAULT_BUILD_OPTIONS)).toBe(manifest.fingerprint);
  });

  // The corpus is not part of the repository. Where it is (development machines, this project's CI host), the model is
  // retrained in full (a few seconds) and must match byte for byte; elsewhere the fingerprint test above is the check.
  const corpus = findCorpus();
  test.runIf(corpus !== undefined && existsSync(corpus))('retraining on the corpus reproduces the committed model byte for byte', () => {
    const c = loadCorpus(corpus!, TRAIN_FILES);
    expect(c.files).toEqual(manifest.files);
    const m = buildModel(c.items, DEFAULT_BUILD_OPTIONS, fingerprint(c.files, DEFAULT_BUILD_OPTIONS));
    expect(createHash('sha256').update(serializeModel(m)).digest('hex')).toBe(manifest.modelSha256);
  }, 120_000);
});
