// The learned stage: per-category logistic models over hashed features, with int8 weights.
// Pure TypeScript. The model is DATA (a binary file, see serializeModel), never code: it is
// parsed with DataView and JSON.parse, and a damaged file is refused with a ModelError.
//
// File layout (little-endian):
//   0  "NAM1"                      magic
//   4  u32 header length H (bytes)
//   8  u32 FNV-1a checksum of bytes 12 … end
//   12 header: UTF-8 JSON (ModelHeader)
//   12+H  int8 weights, bucket-major: weight of head h for bucket b at b * heads + h

import type { Category, Lang, Sensitivity } from '../types';
import { extractFeatures, FEATURE_VERSION, type Features } from './features';

/** The categories that have real labelled training data (see docs/training-data.md). */
export const MODEL_CATEGORIES = ['grooming', 'scam', 'bullying'] as const satisfies readonly Category[];
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

export type Level = Exclude<Sensitivity, 'off'>;
/** Logit a head must reach to flag, per language and sensitivity. */
export type HeadThresholds = Record<Lang, Record<Level, number>>;

export interface ModelHeader {
  format: 1;
  featureVersion: number;
  bits: number;
  heads: ModelCategory[];
  /** Weight of head h = int8 × scales[h]. */
  scales: number[];
  biases: number[];
  thresholds: Record<ModelCategory, HeadThresholds>;
  /** Conversation evidence (decayed sum of message evidence) needed to flag, per sensitivity. */
  conversation: { decay: number; thresholds: Record<Level, number> };
  /** Fingerprint of the training inputs and settings (docs/training-data.md). */
  trainedOn: string;
}

export interface Model extends ModelHeader {
  weights: Int8Array;
}

export class ModelError extends Error {}

const MAGIC = 0x314d414e; // "NAM1" little-endian

export function fnv1a(bytes: Uint8Array, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

export function serializeModel(m: Model): Uint8Array {
  const { weights, ...header } = m;
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(12 + json.length + weights.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, json.length, true);
  out.set(json, 12);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.length), 12 + json.length);
  dv.setUint32(8, fnv1a(out, 12), true);
  return out;
}

/** Parse and check a model file; throws ModelError when it is not a complete, intact model. */
export function parseModel(bytes: Uint8Array): Model {
  if (bytes.length < 12) throw new ModelError('model file too short');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new ModelError('not a model file');
  const hlen = dv.getUint32(4, true);
  if (12 + hlen > bytes.length) throw new ModelError('model header truncated');
  if (dv.getUint32(8, true) !== fnv1a(bytes, 12)) throw new ModelError('model checksum mismatch');
  let header: ModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as ModelHeader;
  } catch {
    throw new ModelError('model header is not JSON');
  }
  if (header.format !== 1) throw new ModelError(`unknown model format ${String(header.format)}`);
  if (header.featureVersion !== FEATURE_VERSION) throw new ModelError(`model built for features v${header.featureVersion}, engine has v${FEATURE_VERSION}`);
  const heads = header.heads?.length ?? 0;
  if (heads === 0 || !header.heads.every((h) => (MODEL_CATEGORIES as readonly string[]).includes(h))) throw new ModelError('model heads unknown');
  if (!(header.bits >= 8 && header.bits <= 22)) throw new ModelError('model size out of range');
  const n = (1 << header.bits) * heads;
  if (bytes.length - 12 - hlen !== n) throw new ModelError('model weights truncated');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + 12 + hlen, n);
  return { ...header, weights };
}

/** Logit of every head for already-extracted features. */
export function headLogits(m: Model, f: Features): Float64Array {
  const H = m.heads.length;
  const acc = new Float64Array(H);
  const w = m.weights;
  const idx = f.idx;
  for (let i = 0; i < idx.length; i++) {
    const base = idx[i]! * H;
    for (let h = 0; h < H; h++) acc[h]! += w[base + h]!;
  }
  for (let h = 0; h < H; h++) acc[h] = acc[h]! * f.v * m.scales[h]! + m.biases[h]!;
  return acc;
}

export interface ModelScores {
  features: Features;
  /** Logit per head, in m.heads order. */
  logits: Float64Array;
}

export function scoreText(m: Model, text: string): ModelScores {
  const features = extractFeatures(text, m.bits);
  return { features, logits: headLogits(m, features) };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * A head's logit in the engine's score space, where 0.8 flags at Low, 0.6 at Balanced and 0.4
 * at Strict (lib/detect THRESHOLDS): the language's three operating points map onto those.
 * Monotone, 0 … 1.
 */
export function engineScore(z: number, t: Record<Level, number>): number {
  const { strict, balanced, low } = t;
  if (z < strict) return 0.4 * Math.exp(z - strict);
  if (z < balanced) return 0.4 + (0.2 * (z - strict)) / Math.max(1e-9, balanced - strict);
  if (z < low) return 0.6 + (0.2 * (z - balanced)) / Math.max(1e-9, low - balanced);
  return 0.8 + 0.2 * (1 - Math.exp(-(z - low)));
}

/**
 * The 1–3 words that pushed head `h` up the most, as [start, end) offsets into the original
 * text (adjacent words merged), strongest first.
 */
export function topSpans(m: Model, s: ModelScores, h: number, max = 3): [number, number][] {
  const H = m.heads.length;
  const { idx, v, tok, start, end } = s.features;
  const contrib = new Map<number, number>();
  for (let i = 0; i < idx.length; i++) {
    const t = tok[i]!;
    if (t < 0) continue;
    const c = m.weights[idx[i]! * H + h]! * v;
    contrib.set(t, (contrib.get(t) ?? 0) + c);
  }
  const top = [...contrib.entries()].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, max);
  const order = top.map(([t]) => t).sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const t of order) {
    const last = spans[spans.length - 1];
    const prevTok = spans.length ? order[order.indexOf(t) - 1]! : -2;
    if (last && prevTok === t - 1) last[1] = end[t]!;
    else spans.push([start[t]!, end[t]!]);
  }
  return spans;
}
