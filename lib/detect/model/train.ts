// Training the learned stage: logistic regression per head, AdaGrad, fixed seed. Pure and
// deterministic: the same examples in the same order with the same options give bit-identical
// weights (one thread, float64, a seeded shuffle).

export interface TrainExample {
  idx: Int32Array;
  val: Float64Array;
  /** Per head: 1 positive, 0 negative, −1 not used for this head. */
  y: Int8Array;
  /** Per head: weight of this example in the loss. */
  w: Float64Array;
}

export interface TrainOptions {
  bits: number;
  heads: number;
  epochs: number;
  /** AdaGrad base learning rate. */
  lr: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'heads'> = { bits: 17, epochs: 6, lr: 0.25, l2: 1e-6, seed: 42 };

export interface TrainedHeads {
  /** Bucket-major: weights[b * heads + h]. */
  weights: Float64Array;
  biases: Float64Array;
}

/** Mulberry32: a small seeded PRNG, the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainHeads(examples: readonly TrainExample[], o: TrainOptions): TrainedHeads {
  const H = o.heads;
  const size = (1 << o.bits) * H;
  const weights = new Float64Array(size);
  const g2 = new Float64Array(size);
  const biases = new Float64Array(H);
  const bg2 = new Float64Array(H);
  const order = Array.from(examples.keys());
  const rand = prng(o.seed);
  const z = new Float64Array(H);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
    }
    for (const ei of order) {
      const ex = examples[ei]!;
      const { idx, val, y, w } = ex;
      for (let h = 0; h < H; h++) z[h] = biases[h]!;
      for (let k = 0; k < idx.length; k++) {
        const base = idx[k]! * H;
        const v = val[k]!;
        for (let h = 0; h < H; h++) z[h]! += weights[base + h]! * v;
      }
      for (let h = 0; h < H; h++) {
        if (y[h]! < 0 || w[h] === 0) continue;
        // d(loss)/d(z) for the log loss, times the example weight.
        const p = 1 / (1 + Math.exp(-z[h]!));
        const g = (p - y[h]!) * w[h]!;
        if (g === 0) continue;
        for (let k = 0; k < idx.length; k++) {
          const at = idx[k]! * H + h;
          const gk = g * val[k]! + o.l2 * weights[at]!;
          g2[at]! += gk * gk;
          weights[at]! -= (o.lr * gk) / Math.sqrt(g2[at]! + 1e-8);
        }
        bg2[h]! += g * g;
        biases[h]! -= (o.lr * g) / Math.sqrt(bg2[h]! + 1e-8);
      }
    }
  }
  return { weights, biases };
}

/** int8 weights with one scale per head; |w| below half a step becomes 0. */
export function quantise(weights: Float64Array, heads: number): { q: Int8Array; scales: number[] } {
  const max = new Array<number>(heads).fill(0);
  for (let i = 0; i < weights.length; i++) max[i % heads] = Math.max(max[i % heads]!, Math.abs(weights[i]!));
  const scales = max.map((m) => (m > 0 ? Math.fround(m / 127) : 1));
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scales[i % heads]!)));
  return { q, scales };
}

/**
 * The logit above which at most `share` of `benignLogits` lie (an operating point chosen on
 * benign text the model was not trained on). With few values the largest one bounds it.
 */
export function thresholdFor(benignLogits: readonly number[], share: number): number {
  if (benignLogits.length === 0) return 0;
  const s = [...benignLogits].sort((a, b) => b - a);
  const k = Math.floor(share * s.length);
  return s[Math.min(k, s.length - 1)]! + 1e-6;
}
