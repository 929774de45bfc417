// Measure the engine on labelled corpus files (format: ../shared/corpus/SOURCES.md).
//
//   npm run --silent eval -- <file.jsonl|folder>... [--sensitivity S] [--rules-only] [--json]
//
// Each source is judged twice: by the rules alone and by rules + the shipped model. The model was
// trained on the dev corpus, so its figures on those files are in-sample: `npm run accuracy`
// reports the out-of-sample ones (leave-one-source-out, grouped k-fold).
//
// Per source: recall on risky lines, false-positive rate on benign lines, category agreement,
// conversation-level recall where lines carry conv_id. `spam` lines are reported apart.
// Lines are judged exactly as `scan --jsonl` judges them (same order, same context).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Category, Sensitivity } from '../lib/detect/types';
import { SENSITIVITIES } from '../lib/detect/types';
import type { Model } from '../lib/detect/model/model';
import { loadModelFile } from './model/corpus';
import { createLineJudge } from './scan';

/** Conversations with at least this many lines are counted apart (PJ goal: ≥ 90 % of them). */
export const MIN_CONV_LINES = 5;

/** Which engine categories agree with a corpus category. */
const AGREES: Record<string, readonly Category[]> = {
  grooming: ['grooming', 'sexual_request', 'sextortion', 'personal_info'],
  scam: ['scam', 'trafficking_recruitment'],
  toxic: ['bullying'],
  spam: ['scam'],
};

export interface SourceResult {
  source: string;
  /** 'rules' alone, or 'rules+model'. */
  stage: 'rules' | 'rules+model';
  file: string;
  sensitivity: Sensitivity;
  lines: number;
  risky: number;
  riskyFlagged: number;
  recall: number | null;
  benign: number;
  benignFlagged: number;
  fpRate: number | null;
  categoryAgreement: number | null;
  spam: number;
  spamFlagged: number;
  conversations: number | null;
  conversationRecall: number | null;
  conversations5: number | null;
  conversationRecall5: number | null;
  flaggedByCategory: Record<string, number>;
  errors: number;
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`no such file or folder: ${p}`);
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.jsonl')) out.push(join(p, f));
    } else if (p.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

export function evaluateFile(file: string, sensitivity: Sensitivity, model: Model | null = null): SourceResult {
  const judge = createLineJudge(sensitivity, model);
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const r: SourceResult = {
    source: basename(file, '.jsonl'), stage: model ? 'rules+model' : 'rules', file, sensitivity, lines: lines.length, risky: 0, riskyFlagged: 0, recall: null, benign: 0,
    benignFlagged: 0, fpRate: null, categoryAgreement: null, spam: 0, spamFlagged: 0, conversations: null, conversationRecall: null,
    conversations5: null, conversationRecall5: null, flaggedByCategory: {}, errors: 0,
  };
  let agree = 0;
  const convs = new Map<string, { lines: number; flagged: boolean }>();
  for (const line of lines) {
    const item = JSON.parse(line) as { label?: string; category?: string; conv_id?: unknown };
    const v = JSON.parse(judge(line)) as { flagged: boolean; category: Category | null; error?: string };
    if (v.error) r.errors++;
    if (v.flagged && v.category) r.flaggedByCategory[v.category] = (r.flaggedByCategory[v.category] ?? 0) + 1;
    if (item.category === 'spam') {
      r.spam++;
      if (v.flagged) r.spamFlagged++;
      continue;
    }
    if (item.label === 'risky') {
      r.risky++;
      if (v.flagged) {
        r.riskyFlagged++;
        if (v.category && (AGREES[item.category ?? ''] ?? [item.category]).includes(v.category)) agree++;
      }
      if (item.conv_id !== undefined && item.conv_id !== null) {
        const id = String(item.conv_id);
        const c = convs.get(id) ?? { lines: 0, flagged: false };
        c.lines++;
        c.flagged ||= v.flagged;
        convs.set(id, c);
      }
    } else if (item.label === 'benign') {
      r.benign++;
      if (v.flagged) r.benignFlagged++;
    }
  }
  r.recall = ratio(r.riskyFlagged, r.risky);
  r.fpRate = ratio(r.benignFlagged, r.benign);
  r.categoryAgreement = ratio(agree, r.riskyFlagged);
  if (convs.size > 0) {
    const all = [...convs.values()];
    const big = all.filter((c) => c.lines >= MIN_CONV_LINES);
    r.conversations = all.length;
    r.conversationRecall = ratio(all.filter((c) => c.flagged).length, all.length);
    r.conversations5 = big.length;
    r.conversationRecall5 = ratio(big.filter((c) => c.flagged).length, big.length);
  }
  return r;
}

export function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)} %`;
}

export function formatTable(results: SourceResult[]): string {
  const head = ['source', 'stage', 'sens.', 'risky', 'recall', 'benign', 'FP rate', 'cat. agree', 'conv recall (5+ lines)', 'spam flagged'];
  const rows = results.map((r) => [
    r.source, r.stage, r.sensitivity, String(r.risky), pct(r.recall), String(r.benign), pct(r.fpRate), pct(r.categoryAgreement),
    r.conversations5 === null ? '—' : `${pct(r.conversationRecall5)} of ${r.conversations5}`, r.spam ? `${pct(r.spamFlagged / r.spam)} of ${r.spam}` : '—',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (row: string[]): string => row.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

function main(): void {
  const argv = process.argv.slice(2);
  let sensitivity: Sensitivity = 'balanced';
  let json = false;
  let rulesOnly = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--rules-only') rulesOnly = true;
    else if (a === '--sensitivity' || a.startsWith('--sensitivity=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i] ?? '';
      if (!(SENSITIVITIES as readonly string[]).includes(v)) throw new Error(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
      sensitivity = v as Sensitivity;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent eval -- <file.jsonl|folder>... [--sensitivity S] [--rules-only] [--json]\n');
    process.exit(2);
  }
  // Both stages side by side: the rules alone, then rules + the shipped model.
  const loaded = rulesOnly ? { model: null } : loadModelFile();
  if ('error' in loaded && loaded.error) process.stderr.write(`eval: model not loaded (${loaded.error}); rules only\n`);
  const results = listFiles(paths).flatMap((f) => [evaluateFile(f, sensitivity), ...(loaded.model ? [evaluateFile(f, sensitivity, loaded.model)] : [])]);
  if (json) process.stdout.write(JSON.stringify({ sensitivity, sources: results }, null, 2) + '\n');
  else process.stdout.write(formatTable(results) + '\n');
}

if (process.argv[1] !== undefined && /eval\.ts$/.test(process.argv[1])) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
