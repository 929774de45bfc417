// The learned stage in the engine bench: feature extraction + scoring alone per message, and
// the whole pipeline (rules + model + combine) per message, on the engine bench's messages.

import { builtInRules } from '../../lib/rules/built-in';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../lib/detect/index';
import { scoreText } from '../../lib/detect/model/model';
import { loadModelFile } from '../model/corpus';

export interface ModelBench {
  /** Learned stage alone (features + int8 dot products). */
  usPerMessageP50: number;
  usPerMessageP99: number;
  /** Rules + model + combine, as the extension runs it. */
  pipelineP50: number;
  pipelineP99: number;
  loadMs: number;
  bytes: number;
  error?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function latencies(messages: string[], fn: (m: string) => unknown): number[] {
  const lat: number[] = new Array(messages.length);
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < messages.length; i++) {
      const s = process.hrtime.bigint();
      fn(messages[i]!);
      lat[i] = Number(process.hrtime.bigint() - s) / 1000;
    }
  }
  return lat.sort((a, b) => a - b);
}

export function benchModel(messages: string[]): ModelBench {
  const t0 = performance.now();
  const { model, error } = loadModelFile();
  const loadMs = performance.now() - t0;
  if (!model) return { usPerMessageP50: NaN, usPerMessageP99: NaN, pipelineP50: NaN, pipelineP99: NaN, loadMs, bytes: 0, error };
  const alone = latencies(messages, (m) => scoreText(model, m));
  const detector = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, model });
  const whole = latencies(messages, (m) => detector.scan({ text: m }));
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  return {
    usPerMessageP50: r1(percentile(alone, 50)), usPerMessageP99: r1(percentile(alone, 99)),
    pipelineP50: r1(percentile(whole, 50)), pipelineP99: r1(percentile(whole, 99)),
    loadMs: Math.round(loadMs), bytes: model.weights.length,
  };
}

export function formatModelRow(m: ModelBench): [string, string, string] {
  if (m.error) return ['model (learned stage)', 'not loaded', m.error];
  return ['model (learned stage)', '', `p50 ${m.usPerMessageP50} µs, p99 ${m.usPerMessageP99} µs / message; rules + model p50 ${m.pipelineP50} µs, p99 ${m.pipelineP99} µs; load ${m.loadMs} ms, ${Math.round(m.bytes / 1024)} KiB weights`];
}
