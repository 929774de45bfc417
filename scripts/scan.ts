// Command-line scanner, for parents, school IT and the tests.
//
//   npm run --silent scan -- [--sensitivity low|balanced|strict] --jsonl < in.jsonl > out.jsonl
//   npm run --silent scan -- [--sensitivity S] "some text"
//
// JSONL mode writes exactly one JSON object per input line, in order. Lines sharing `conv_id`
// are judged in order with conversation context, exactly as in the extension.

import { createInterface } from 'node:readline';
import { createDetector, DEFAULT_DETECTOR_OPTIONS, MAX_SCAN_CHARS } from '../lib/detect/index';
import { builtInRules } from '../lib/rules/built-in';
import type { Direction, Lang, Sensitivity, Verdict } from '../lib/detect/types';
import { LANGS, SENSITIVITIES } from '../lib/detect/types';
import type { Model } from '../lib/detect/model/model';
import { loadModelFile } from './model/corpus';

/** Lines longer than this are not parsed as JSON (a hostile 100 MB line must not exhaust memory). */
const MAX_LINE_CHARS = 16 * 1024 * 1024;
/** Conversation messages are spaced this far apart in time when the input carries no time. */
const MESSAGE_SPACING_MS = 1000;

export interface ScanArgs {
  sensitivity: Sensitivity;
  jsonl: boolean;
  /** --rules-only: leave the learned stage out (to compare stages). */
  rulesOnly: boolean;
  /** --model FILE: another model file than the shipped one. */
  modelPath?: string;
  text: string[];
}

export function parseArgs(argv: string[]): ScanArgs {
  const out: ScanArgs = { sensitivity: 'balanced', jsonl: false, rulesOnly: false, text: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') out.jsonl = true;
    else if (a === '--rules-only') out.rulesOnly = true;
    else if (a === '--model' || a.startsWith('--model=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i] ?? '';
      if (!v) throw new Error('--model needs a file');
      out.modelPath = v;
    }
    else if (a === '--sensitivity' || a.startsWith('--sensitivity=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i] ?? '';
      if (!(SENSITIVITIES as readonly string[]).includes(v)) throw new Error(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
      out.sensitivity = v as Sensitivity;
    } else if (a === '--help' || a === '-h') {
      out.text = [];
      out.jsonl = false;
      return { ...out, text: ['--help'] };
    } else out.text.push(a);
  }
  return out;
}

/** The JSONL answer for one verdict (contract fields first, then the learned stage's scores). */
export function verdictRecord(v: Verdict): Record<string, unknown> {
  return {
    flagged: v.flagged, category: v.category, severity: v.severity, score: v.score, rules: v.rules, spans: v.spans, signals: v.signals,
    model: v.model ?? null, conversation: v.conversation ?? null,
  };
}

function emptyRecord(error: string): Record<string, unknown> {
  return { flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [], model: null, conversation: null, error };
}

/** Turn JSONL lines into JSONL answers; state (conversations) lives in the detector. */
export function createLineJudge(sensitivity: Sensitivity, model: Model | null = null): (line: string) => string {
  const detector = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity, model });
  const convTime = new Map<string, number>();
  const base = Date.now();
  return (line: string): string => {
    if (line.trim() === '') return JSON.stringify(emptyRecord('empty line'));
    if (line.length > MAX_LINE_CHARS) return JSON.stringify(emptyRecord(`line longer than ${MAX_LINE_CHARS} characters`));
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      return JSON.stringify(emptyRecord('invalid JSON'));
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return JSON.stringify(emptyRecord('not a JSON object'));
    const o = obj as Record<string, unknown>;
    if (typeof o.text !== 'string') return JSON.stringify(emptyRecord('missing "text" string'));
    const convId = o.conv_id === undefined || o.conv_id === null ? undefined : String(o.conv_id);
    const direction: Direction = o.direction === 'out' ? 'out' : 'in';
    const lang = typeof o.lang === 'string' && (LANGS as readonly string[]).includes(o.lang) ? (o.lang as Lang) : undefined;
    let time = base;
    if (convId !== undefined) {
      time = (convTime.get(convId) ?? base) + MESSAGE_SPACING_MS;
      convTime.set(convId, time);
    }
    const v = detector.scan({ text: o.text, direction, lang, conversationKey: convId, time });
    const rec = verdictRecord(v);
    if (o.text.length > MAX_SCAN_CHARS) rec.truncated = true;
    return JSON.stringify(rec);
  };
}

function printVerdict(text: string, v: Verdict, sensitivity: Sensitivity): void {
  const lines: string[] = [];
  lines.push(v.flagged ? `RISK  ${v.category} (severity ${v.severity}, score ${v.score})` : `ok    not flagged (score ${v.score})`);
  lines.push(`sensitivity: ${sensitivity}`);
  if (v.rules.length) lines.push(`rules: ${v.rules.join(', ')}`);
  if (v.signals.length) lines.push(`why:   ${v.signals.join(', ')}`);
  if (v.model) lines.push(`model: ${Object.entries(v.model).map(([c, s]) => `${c} ${s}`).join(', ')}`);
  for (const [s, e] of v.spans) lines.push(`match: "${text.slice(s, e)}" [${s}, ${e})`);
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  let args: ScanArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  if (args.text[0] === '--help' || (!args.jsonl && args.text.length === 0 && process.stdin.isTTY)) {
    process.stdout.write('usage: npm run --silent scan -- [--sensitivity low|balanced|strict] [--rules-only] [--model FILE] --jsonl < in.jsonl > out.jsonl\n       npm run --silent scan -- [--sensitivity S] [--rules-only] "some text"\n');
    return;
  }
  let model: Model | null = null;
  if (!args.rulesOnly) {
    const loaded = loadModelFile(args.modelPath);
    model = loaded.model;
    if (loaded.error) process.stderr.write(`scan: reduced protection, rules only: ${loaded.error}\n`);
  }
  if (!args.jsonl && args.text.length > 0) {
    const text = args.text.join(' ');
    const v = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity: args.sensitivity, model }).scan({ text });
    printVerdict(text, v, args.sensitivity);
    return;
  }
  const judge = createLineJudge(args.sensitivity, model);
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buf = '';
  for await (const line of rl) {
    buf += judge(line) + '\n';
    if (buf.length > 1 << 16) {
      if (!process.stdout.write(buf)) await new Promise((r) => process.stdout.once('drain', r));
      buf = '';
    }
  }
  process.stdout.write(buf);
}

const invokedDirectly = process.argv[1] !== undefined && /scan\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main().catch((e) => {
    process.stderr.write(`scan: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
