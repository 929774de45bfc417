// Reading the training corpus (format: ../shared/corpus/SOURCES.md) into CorpusItems, and the
// fingerprint of what a model was trained on. Node only (scripts and tests).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, CorpusItem } from '../../lib/detect/model/build';
import { extractFeatures, FEATURE_VERSION } from '../../lib/detect/model/features';
import { ModelError, parseModel, type Model } from '../../lib/detect/model/model';
import type { Lang } from '../../lib/detect/types';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shipped model, a packaged data file (WXT copies public/ into the extension). */
export const MODEL_PATH = join(ROOT, 'public/model/detector.bin');
/** Names and SHA-256 of the files the shipped model was trained on. */
export const MANIFEST_PATH = join(ROOT, 'lib/detect/model/training-manifest.json');

/** Dev-part files used for training (every dev file; none of the held-out part, none reserved). */
export const DEV_FILES = [
  'en_mendeley_smishing.jsonl', 'en_pan12_vtpan_segments.jsonl', 'en_pj_predator_utterances.jsonl', 'en_uci_sms_spam.jsonl',
  'fr_cyberagressionado_v1.jsonl', 'fr_hate_superset_test2000.jsonl', 'vi_sms_ie403_ggsheet.jsonl', 'vi_sms_ie403_inbox.jsonl',
  'vi_vihsd_test.jsonl',
];
export const EXTRA_FILES = ['train-extra/en_gametox_chat.jsonl', 'train-extra/fr_88milsms_personal.jsonl', 'train-extra/vi_pth_sms_spam.jsonl'];
export const TRAIN_FILES = [...DEV_FILES, ...EXTRA_FILES];

/** Benign lines of these sources are personal messages (the false-alarm budget); PAN12 segments are not. */
const NOT_PERSONAL = new Set(['en_pan12_vtpan_segments']);

/** The corpus folder: $NOT_ALONE_CORPUS, or ../shared/corpus next to the checkout or its parent. */
export function findCorpus(): string | undefined {
  const candidates = [process.env.NOT_ALONE_CORPUS, join(ROOT, '../shared/corpus'), join(ROOT, '../../shared/corpus')];
  return candidates.find((c): c is string => !!c && existsSync(join(c, DEV_FILES[0]!)));
}

export interface LoadedCorpus {
  items: CorpusItem[];
  /** file → sha256 of its bytes */
  files: Record<string, string>;
  /** Items dropped because the same text (lower case, spaces collapsed) came earlier. */
  duplicates: number;
  /** Texts left out because copies carry both labels. */
  conflicting: number;
}

function groupOf(file: string, o: Record<string, unknown>, text: string): string {
  if (o.conv_id !== undefined && o.conv_id !== null) return `conv:${String(o.conv_id)}`;
  if (typeof o.scenario === 'string') return `scenario:${o.scenario}`;
  return `text:${text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export function loadCorpus(dir: string, files: readonly string[] = TRAIN_FILES): LoadedCorpus {
  const seen = new Map<string, CorpusItem>();
  const labels = new Map<string, Set<string>>();
  const out: LoadedCorpus = { items: [], files: {}, duplicates: 0, conflicting: 0 };
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    out.files[f] = createHash('sha256').update(bytes).digest('hex');
    const source = basename(f, '.jsonl');
    for (const line of bytes.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      const o = JSON.parse(line) as Record<string, unknown>;
      const text = String(o.text ?? '');
      const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
      const label = o.label === 'risky' ? 'risky' : 'benign';
      (labels.get(key) ?? labels.set(key, new Set()).get(key)!).add(label);
      if (seen.has(key)) { out.duplicates++; continue; }
      const item: CorpusItem = {
        text, lang: o.lang as Lang, label, category: String(o.category ?? label), source,
        group: groupOf(f, o, text), personal: label === 'benign' && !NOT_PERSONAL.has(source),
        ...(o.conv_id !== undefined && o.conv_id !== null ? { convId: String(o.conv_id) } : {}),
      };
      seen.set(key, item);
    }
  }
  for (const [key, item] of seen) {
    if (labels.get(key)!.size > 1) { out.conflicting++; continue; }
    out.items.push(item);
  }
  return out;
}

/** Texts whose features pin down the extractor's behaviour: a change in normalisation changes this hash. */
const PROBES = [
  'Hey sweetie, are you home alone? dont tell ur mom ok', 'U have WON a £1000 prize! Call 09061701461 now or visit bit.ly/xyz',
  's3nd m3 a piccc plsss', 'Chúc mừng quý khách trúng thưởng 50.000.000đ, truy cập http://vcb-xx.com', 'chuc mung ban trung thuong 500k',
  't es trop moche, personne t aime', 'Ko gửi thì a tung ảnh e lên mạng', 'n.u.d.e p.i.c', 'CALL NOW!!! 😍😍', 'je suis en 5e au collège',
];

export function featureProbeHash(bits: number): string {
  const h = createHash('sha256');
  for (const p of PROBES) {
    const f = extractFeatures(p, bits);
    h.update(`${f.lang}|${f.idx.join(',')}|${f.v.toFixed(12)}|${f.tok.join(',')}\n`);
  }
  return h.digest('hex');
}

/** What the model depends on: data files, build options, feature extractor (by behaviour), trainer code. */
export function fingerprint(files: Record<string, string>, o: BuildOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ files, options: o, featureVersion: FEATURE_VERSION, probes: featureProbeHash(o.bits) }));
  for (const src of ['lib/detect/model/train.ts', 'lib/detect/model/build.ts']) h.update(readFileSync(join(ROOT, src)));
  return h.digest('hex').slice(0, 32);
}

/** The shipped model read from disk; on a missing or damaged file, the reason (rules only). */
export function loadModelFile(path = MODEL_PATH): { model: Model | null; error?: string } {
  try {
    return { model: parseModel(new Uint8Array(readFileSync(path))) };
  } catch (e) {
    return { model: null, error: e instanceof ModelError ? e.message : `cannot read ${path}: ${(e as Error).message}` };
  }
}
