// Out-of-sample measurement of rules + model: leave-one-source-out and conversation-grouped
// k-fold. In every split the model is trained (and its operating points chosen) without the
// text it is judged on; lines are judged exactly as `scan --jsonl` judges them (file order,
// conversation context by conv_id).

import { buildModel, DEFAULT_BUILD_OPTIONS, type BuildOptions, type CorpusItem } from '../../lib/detect/model/build';
import { fnv1a, type Model } from '../../lib/detect/model/model';
import { builtInRules } from '../../lib/rules/built-in';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../lib/detect/index';
import type { Category, Sensitivity } from '../../lib/detect/types';

/** Sources that share text or origin are left out together (UCI and Mendeley share NUS ham; the French superset contains CyberAgressionAdo). */
export const SOURCE_FAMILIES: Record<string, string> = {
  en_uci_sms_spam: 'en SMS (UCI + Mendeley)', en_mendeley_smishing: 'en SMS (UCI + Mendeley)',
  fr_cyberagressionado_v1: 'fr teen chat + hate superset', fr_hate_superset_test2000: 'fr teen chat + hate superset',
};
export const familyOf = (source: string): string => SOURCE_FAMILIES[source] ?? source;

const AGREES: Record<string, readonly Category[]> = {
  grooming: ['grooming', 'sexual_request', 'sextortion', 'personal_info'],
  scam: ['scam', 'trafficking_recruitment'],
  toxic: ['bullying'],
  bullying: ['bullying'],
};

export const MIN_CONV_LINES = 5;

export interface Tally {
  risky: number; riskyFlagged: number; agree: number;
  benign: number; benignFlagged: number;
  spam: number; spamFlagged: number;
  convs: Map<string, { lines: number; flagged: boolean }>;
  /** Items the model (not a rule) decided. */
  byModel: number;
}

export const newTally = (): Tally => ({ risky: 0, riskyFlagged: 0, agree: 0, benign: 0, benignFlagged: 0, spam: 0, spamFlagged: 0, convs: new Map(), byModel: 0 });

/** Judge `items` (in order) with a fresh detector and add to the tallies per source. */
export function judge(items: readonly CorpusItem[], sensitivity: Sensitivity, model: Model | null, into: Map<string, Tally>): void {
  const d = createDetector(builtInRules(), { ...DEFAULT_DETECTOR_OPTIONS, sensitivity, model });
  let time = Date.UTC(2026, 0, 1);
  for (const it of items) {
    time += 1000;
    const v = d.scan({ text: it.text, lang: it.lang, conversationKey: it.convId !== undefined ? `${it.source}:${it.convId}` : undefined, time });
    let t = into.get(it.source);
    if (!t) into.set(it.source, (t = newTally()));
    if (v.flagged && v.stage && v.stage !== 'rules') t.byModel++;
    if (it.category === 'spam') { t.spam++; if (v.flagged) t.spamFlagged++; continue; }
    if (it.label === 'risky') {
      t.risky++;
      if (v.flagged) { t.riskyFlagged++; if (v.category && (AGREES[it.category] ?? []).includes(v.category)) t.agree++; }
      if (it.convId !== undefined) {
        const c = t.convs.get(it.convId) ?? { lines: 0, flagged: false };
        c.lines++;
        c.flagged ||= v.flagged;
        t.convs.set(it.convId, c);
      }
    } else {
      t.benign++;
      if (v.flagged) t.benignFlagged++;
    }
  }
}

export function mergeTally(a: Tally, b: Tally): void {
  a.risky += b.risky; a.riskyFlagged += b.riskyFlagged; a.agree += b.agree; a.benign += b.benign; a.benignFlagged += b.benignFlagged;
  a.spam += b.spam; a.spamFlagged += b.spamFlagged; a.byModel += b.byModel;
  for (const [k, v] of b.convs) a.convs.set(k, v);
}

export const LEVELS: Exclude<Sensitivity, 'off'>[] = ['low', 'balanced', 'strict'];

export interface CrossValResult {
  /** level → source → tally */
  rules: Record<string, Map<string, Tally>>;
  loso: Record<string, Map<string, Tally>>;
  kfold: Record<string, Map<string, Tally>>;
  k: number;
  trainings: number;
  seconds: number;
}

function foldOf(it: CorpusItem, k: number, seed: number): number {
  return fnv1a(new TextEncoder().encode(`fold:${seed}:${it.source}:${it.group}`)) % k;
}

export function crossValidate(items: readonly CorpusItem[], k = 5, o: BuildOptions = DEFAULT_BUILD_OPTIONS, log: (s: string) => void = () => {}): CrossValResult {
  const t0 = performance.now();
  const res: CrossValResult = { rules: {}, loso: {}, kfold: {}, k, trainings: 0, seconds: 0 };
  for (const l of LEVELS) { res.rules[l] = new Map(); res.loso[l] = new Map(); res.kfold[l] = new Map(); }
  for (const l of LEVELS) judge(items, l, null, res.rules[l]!);
  const families = [...new Set(items.map((it) => familyOf(it.source)))];
  for (const fam of families) {
    const test = items.filter((it) => familyOf(it.source) === fam);
    const model = buildModel(items.filter((it) => familyOf(it.source) !== fam), o);
    res.trainings++;
    for (const l of LEVELS) judge(test, l, model, res.loso[l]!);
    log(`leave-one-source-out: ${fam} done`);
  }
  for (let f = 0; f < k; f++) {
    const test = items.filter((it) => foldOf(it, k, o.seed) === f);
    const model = buildModel(items.filter((it) => foldOf(it, k, o.seed) !== f), o);
    res.trainings++;
    for (const l of LEVELS) {
      const part = new Map<string, Tally>();
      judge(test, l, model, part);
      for (const [src, t] of part) {
        const into = res.kfold[l]!.get(src);
        if (into) mergeTally(into, t); else res.kfold[l]!.set(src, t);
      }
    }
    log(`k-fold: fold ${f + 1}/${k} done`);
  }
  res.seconds = (performance.now() - t0) / 1000;
  return res;
}

export const rate = (a: number, b: number): number | null => (b === 0 ? null : a / b);
export function convRecall(t: Tally): { n: number; r: number | null } {
  const big = [...t.convs.values()].filter((c) => c.lines >= MIN_CONV_LINES);
  return { n: big.length, r: rate(big.filter((c) => c.flagged).length, big.length) };
}
