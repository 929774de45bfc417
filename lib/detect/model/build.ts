// From labelled text to a shipped model: labels per head, a benign calibration split that is
// never trained on, training, quantisation and operating points per language. Pure TypeScript
// (the file reading lives in scripts/model/corpus.ts), so a tiny fixture can be trained in a test.

import type { Lang } from '../types';
import { LANGS } from '../types';
import { extractFeatures, FEATURE_VERSION } from './features';
import {
  engineScore, fnv1a, headLogits, MODEL_CATEGORIES, type HeadThresholds, type Level, type Model, type ModelCategory,
} from './model';
import { DEFAULT_TRAIN_OPTIONS, quantise, thresholdFor, trainHeads, type TrainExample, type TrainOptions } from './train';

export interface CorpusItem {
  text: string;
  lang: Lang;
  label: 'risky' | 'benign';
  /** Corpus category: scam, spam, grooming, toxic, bullying, benign. */
  category: string;
  source: string;
  /** Items of one group (conversation, scenario, donor) are never split between train and test. */
  group: string;
  /** Conversation id, when the source has one (lines judged in order with context). */
  convId?: string;
  /** Benign personal messages: what the false-alarm budget is measured on. */
  personal: boolean;
}

/** Which corpus categories are positives of which head; `spam` is left out of the scam head. */
export function headLabel(head: ModelCategory, item: CorpusItem): 0 | 1 | -1 {
  if (item.label === 'benign') return 0;
  switch (head) {
    case 'scam': return item.category === 'scam' ? 1 : item.category === 'spam' ? -1 : 0;
    case 'grooming': return item.category === 'grooming' ? 1 : 0;
    case 'bullying': return item.category === 'toxic' || item.category === 'bullying' ? 1 : 0;
  }
}

/** Share of benign personal messages allowed above each operating point, per head and language. */
export const FALSE_ALARM_SHARE: Record<Level, number> = { low: 0.0005, balanced: 0.002, strict: 0.008 };
/** Share of benign conversations allowed to reach the conversation threshold. */
export const CONVERSATION_SHARE: Record<Level, number> = { low: 0.0, balanced: 0.01, strict: 0.03 };
/** Per incoming message, conversation evidence decays by this factor. */
export const CONVERSATION_DECAY = 0.9;
/** Engine-space score above which a message adds evidence to its conversation (Strict's point: weaker lines add nothing). */
export const EVIDENCE_FLOOR = 0.4;
/** A source needs this many held-back benign lines of a language to set that language's points. */
const MIN_CALIBRATION_LINES = 100;
/** Benign lines without a conversation are chained into pseudo-conversations of this length. */
const PSEUDO_CONVERSATION = 15;

export interface BuildOptions extends Omit<TrainOptions, 'heads'> {
  /** Share of benign groups held back from training to set the operating points. */
  calibrationShare: number;
  /** Share of benign personal messages allowed above each operating point, per head and language. */
  falseAlarm: Record<Level, number>;
  /**
   * Logits added above Balanced's and Low's points: with a few hundred held-back lines per source the
   * empirical point is the top few lines, and new text exceeds it more often than the share says.
   */
  margin: number;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { ...DEFAULT_TRAIN_OPTIONS, calibrationShare: 0.4, falseAlarm: FALSE_ALARM_SHARE, margin: 0.5 };

/** Whether a benign item belongs to the calibration split (by group, seeded, stable). */
export function isCalibration(item: CorpusItem, o: BuildOptions): boolean {
  if (item.label !== 'benign') return false;
  const h = fnv1a(new TextEncoder().encode(`${o.seed}:${item.source}:${item.group}`));
  return (h % 10000) / 10000 < o.calibrationShare;
}

export function conversationEvidence(score: number): number {
  return Math.max(0, score - EVIDENCE_FLOOR);
}

/** Train on `items` (calibration split set aside) and return the finished model. */
export function buildModel(items: readonly CorpusItem[], o: BuildOptions = DEFAULT_BUILD_OPTIONS, fingerprint = ''): Model {
  const heads = [...MODEL_CATEGORIES];
  const H = heads.length;
  const train: CorpusItem[] = [];
  const calibration: CorpusItem[] = [];
  for (const it of items) (isCalibration(it, o) ? calibration : train).push(it);

  // Positives of each head weigh as much, together, as half of its negatives.
  const pos = new Array<number>(H).fill(0);
  const neg = new Array<number>(H).fill(0);
  for (const it of train) heads.forEach((h, i) => { const y = headLabel(h, it); if (y === 1) pos[i]!++; else if (y === 0) neg[i]!++; });
  const posWeight = heads.map((_, i) => (pos[i]! > 0 ? Math.min(20, Math.max(1, (0.5 * neg[i]!) / pos[i]!)) : 0));

  const examples: TrainExample[] = train.map((it) => {
    const f = extractFeatures(it.text, o.bits);
    const y = new Int8Array(H);
    const w = new Float64Array(H);
    heads.forEach((h, i) => { y[i] = headLabel(h, it); w[i] = y[i] === 1 ? posWeight[i]! : 1; });
    return { idx: Int32Array.from(f.idx), val: new Float64Array(f.idx.length).fill(f.v), y, w };
  });
  const trained = trainHeads(examples, { ...o, heads: H });
  const { q, scales } = quantise(trained.weights, H);
  const model: Model = {
    format: 1, featureVersion: FEATURE_VERSION, bits: o.bits, heads, scales, biases: Array.from(trained.biases, (b) => Math.fround(b)),
    thresholds: {} as Record<ModelCategory, HeadThresholds>,
    conversation: { decay: CONVERSATION_DECAY, thresholds: { low: Infinity, balanced: Infinity, strict: Infinity } },
    trainedOn: fingerprint, weights: q,
  };

  // Operating points: logits of the held-back benign personal messages, per language.
  const personal = calibration.filter((it) => it.personal);
  const logits = personal.map((it) => headLogits(model, extractFeatures(it.text, o.bits)));
  heads.forEach((h, hi) => {
    const perLang = {} as HeadThresholds;
    const all = logits.map((z) => z[hi]!);
    for (const lang of LANGS) {
      // The budget holds for every source of benign messages, not only on average: each source of this
      // language sets its own point and the highest wins (a pooled quantile lets one source's style through).
      const bySource = new Map<string, number[]>();
      personal.forEach((it, i) => {
        if (it.lang !== lang) return;
        const list = bySource.get(it.source) ?? [];
        list.push(logits[i]![hi]!);
        bySource.set(it.source, list);
      });
      const sources = [...bySource.values()].filter((v) => v.length >= MIN_CALIBRATION_LINES);
      if (sources.length === 0) sources.push(all); // too few of this language: the pooled point
      const at = (share: number): number => Math.max(...sources.map((v) => thresholdFor(v, share)));
      // Never below even odds, whatever the calibration text says.
      const strict = Math.max(0, at(o.falseAlarm.strict));
      const balanced = Math.max(strict, at(o.falseAlarm.balanced) + o.margin);
      const low = Math.max(balanced + 0.5, at(o.falseAlarm.low) + o.margin);
      perLang[lang] = { low: round(low), balanced: round(balanced), strict: round(strict) };
    }
    model.thresholds[h] = perLang;
  });

  // Conversation thresholds: the largest decayed evidence benign conversations reach.
  const sequences = new Map<string, number[]>();
  personal.forEach((it, i) => {
    const key = it.convId !== undefined ? `${it.source}:${it.convId}` : `${it.source}:#${Math.floor(i / PSEUDO_CONVERSATION)}`;
    let s = sequences.get(key);
    if (!s) sequences.set(key, (s = []));
    s.push(i);
  });
  const maxima: number[] = [];
  for (const seq of sequences.values()) {
    if (seq.length < 3) continue;
    const acc = new Array<number>(H).fill(0);
    let peak = 0;
    for (const i of seq) {
      heads.forEach((h, hi) => {
        const e = conversationEvidence(engineScore(logits[i]![hi]!, model.thresholds[h][personal[i]!.lang]));
        acc[hi] = acc[hi]! * CONVERSATION_DECAY + e;
        peak = Math.max(peak, acc[hi]!);
      });
    }
    maxima.push(peak);
  }
  const conv = (share: number, floor: number): number => round(Math.max(floor, thresholdFor(maxima, share)));
  const strictC = conv(CONVERSATION_SHARE.strict, 0.5);
  const balancedC = Math.max(strictC, conv(CONVERSATION_SHARE.balanced, 0.7));
  model.conversation.thresholds = { strict: strictC, balanced: balancedC, low: Math.max(balancedC * 1.25, conv(CONVERSATION_SHARE.low, 0.9)) };
  return model;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
