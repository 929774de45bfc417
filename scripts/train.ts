// Rebuild the shipped model from the training corpus, deterministically (fixed seed).
//
//   npm run train [-- --check]        (corpus: $NOT_ALONE_CORPUS or ../shared/corpus)
//
// Writes public/model/detector.bin and lib/detect/model/training-manifest.json. With --check,
// writes nothing and exits 1 when the committed model differs from what training produces.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildModel, DEFAULT_BUILD_OPTIONS, isCalibration } from '../lib/detect/model/build';
import { serializeModel } from '../lib/detect/model/model';
import { findCorpus, fingerprint, loadCorpus, MANIFEST_PATH, MODEL_PATH, TRAIN_FILES } from './model/corpus';

function main(): void {
  const check = process.argv.includes('--check');
  const dir = findCorpus();
  if (!dir) throw new Error('training corpus not found: set NOT_ALONE_CORPUS or put it at ../shared/corpus');
  const t0 = performance.now();
  const corpus = loadCorpus(dir, TRAIN_FILES);
  const fp = fingerprint(corpus.files, DEFAULT_BUILD_OPTIONS);
  const model = buildModel(corpus.items, DEFAULT_BUILD_OPTIONS, fp);
  const bytes = serializeModel(model);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (check) {
    const committed = existsSync(MODEL_PATH) ? createHash('sha256').update(readFileSync(MODEL_PATH)).digest('hex') : '(none)';
    process.stdout.write(`trained ${sha}\ncommitted ${committed}\n`);
    process.exit(committed === sha ? 0 : 1);
  }
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  writeFileSync(MODEL_PATH, bytes);
  // Lines per source and corpus category, and benign lines held back to set the operating points.
  const counts: Record<string, Record<string, number>> = {};
  for (const it of corpus.items) {
    const c = (counts[it.source] ??= {});
    const key = isCalibration(it, DEFAULT_BUILD_OPTIONS) ? `${it.category} (held back for thresholds)` : it.category;
    c[key] = (c[key] ?? 0) + 1;
  }
  const manifest = {
    fingerprint: fp, modelSha256: sha, options: DEFAULT_BUILD_OPTIONS, files: corpus.files,
    items: corpus.items.length, duplicatesDropped: corpus.duplicates, conflictingDropped: corpus.conflicting, counts,
  };
  writeFileSync(MANIFEST_PATH, JSON.stringify(manifest, null, 2) + '\n');
  process.stdout.write(`model written: ${MODEL_PATH} (${bytes.length} bytes, sha256 ${sha.slice(0, 16)}…) from ${corpus.items.length} items in ${secs} s\n`);
  process.stdout.write(`thresholds: ${JSON.stringify(model.thresholds)}\nconversation: ${JSON.stringify(model.conversation)}\n`);
}

main();
