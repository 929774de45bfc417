// Regenerates docs/accuracy.md from the corpus: every source × every sensitivity, the targets
// of issue 3, and where the engine falls short.
//
//   npm run --silent accuracy [-- <corpus folder>]   (default ../shared/corpus)

import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sensitivity } from '../lib/detect/types';
import { RULES } from '../lib/rules/index';
import { evaluateFile, listFiles, MIN_CONV_LINES, pct, type SourceResult } from './eval';
import { DEFAULT_BUILD_OPTIONS } from '../lib/detect/model/build';
import { convRecall, crossValidate, familyOf, rate, type CrossValResult, type Tally } from './model/crossval';
import { findCorpus, loadCorpus, TRAIN_FILES } from './model/corpus';

/** A cross-validation tally in the shape of an eval result (same columns, same targets). */
function tallyResult(source: string, sensitivity: Sensitivity, t: Tally): SourceResult {
  const c = convRecall(t);
  return {
    source, stage: 'rules+model', file: '', sensitivity, lines: t.risky + t.benign + t.spam, risky: t.risky, riskyFlagged: t.riskyFlagged,
    recall: rate(t.riskyFlagged, t.risky), benign: t.benign, benignFlagged: t.benignFlagged, fpRate: rate(t.benignFlagged, t.benign),
    categoryAgreement: rate(t.agree, t.riskyFlagged), spam: t.spam, spamFlagged: t.spamFlagged, conversations: t.convs.size || null,
    conversationRecall: null, conversations5: t.convs.size ? c.n : null, conversationRecall5: t.convs.size ? c.r : null, flaggedByCategory: {}, errors: 0,
  };
}

/** A plain reading of the cross-validation, from its own figures (Balanced). */
function modelReading(cv: CrossValResult): string {
  const get = (m: Map<string, Tally> | undefined, src: string) => m?.get(src);
  const r = (src: string, which: 'rules' | 'loso' | 'kfold', f: (t: Tally) => number | null) => {
    const t = get(cv[which].balanced, src);
    return t ? pct(f(t)) : '—';
  };
  const recall = (t: Tally) => rate(t.riskyFlagged, t.risky);
  const fp = (t: Tally) => rate(t.benignFlagged, t.benign);
  const conv = (t: Tally) => convRecall(t).r;
  return [
    '- **What it is.** Three logistic heads (grooming, scam, bullying: the categories with labelled text) over hashed',
    '  features of the normalised text, int8 weights (`lib/detect/model/`, `docs/training-data.md`). Operating points are',
    '  set on held-back benign messages, per language, so that each source stays under 0.2 % at Balanced, plus a margin;',
    '  the final score per category is the larger of the rules\' and the model\'s, and conversation evidence adds up.',
    `- **In-source it helps:** English smishing ${r('en_mendeley_smishing', 'rules', recall)} → ${r('en_mendeley_smishing', 'kfold', recall)} (5-fold), game-chat`,
    `  bullying ${r('en_gametox_chat', 'rules', recall)} → ${r('en_gametox_chat', 'kfold', recall)}, PJ offenders with 5+ lines ${r('en_pj_predator_utterances', 'rules', conv)} → ${r('en_pj_predator_utterances', 'kfold', conv)}.`,
    `- **Out of source it barely transfers** (LOSO): English smishing ${r('en_mendeley_smishing', 'loso', recall)}, PJ offenders ${r('en_pj_predator_utterances', 'loso', conv)},`,
    `  French teen bullying ${r('fr_cyberagressionado_v1', 'loso', recall)}. With the Vietnamese inbox left out, ${r('vi_sms_ie403_inbox', 'loso', fp)} of its benign`,
    '  messages are flagged: no other source has bank, operator and school notifications as benign text, so a model that',
    '  never saw them takes them for scams. This is the clearest reason not to believe in-source figures, and the kind of',
    '  hard negative more data must bring (the shipped model is trained with the inbox).',
    `- **French bullying** stays at ${r('fr_cyberagressionado_v1', 'kfold', recall)} even in-source: role-play denigration without insult words and`,
    '  defenders quoting the insults look alike to a bag of words at a 0.2 % false-alarm budget.',
    `- **False alarms.** The model adds little at Balanced (UCI ham ${r('en_uci_sms_spam', 'rules', fp)} → ${r('en_uci_sms_spam', 'kfold', fp)},`,
    `  88milSMS ${r('fr_88milsms_personal', 'rules', fp)} → ${r('fr_88milsms_personal', 'kfold', fp)}, 5-fold): small, but against a 0.5 % budget it counts, since`,
    '  the rules alone already use most of it on these sources. Short English-looking lines in French SMS and "call me',
    '  back" lines are what the model adds.',
    '- **PAN12 non-predatory segments** are flagged by the rules (adult sexual chat); the model does not lower a rule\'s',
    '  score, so it cannot fix that figure, only learning from the rules\' signals as features could.',
  ].join('\n');
}

function crossTable(cv: CrossValResult): string {
  const head = '| source | sensitivity | rules: recall | rules: FP | LOSO: recall | LOSO: FP | k-fold: recall | k-fold: FP | conv. 5+ caught (rules / LOSO / k-fold) | spam flagged (rules / LOSO / k-fold) |';
  const sep = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows: string[] = [];
  const sources = [...cv.rules.balanced!.keys()];
  for (const src of sources) {
    for (const l of LEVELS) {
      const [r, a, b] = [cv.rules[l]!.get(src)!, cv.loso[l]!.get(src)!, cv.kfold[l]!.get(src)!];
      const conv = r.convs.size ? [r, a, b].map((t) => pct(convRecall(t).r)).join(' / ') + ` of ${convRecall(r).n}` : '—';
      const spam = r.spam ? [r, a, b].map((t) => pct(rate(t.spamFlagged, t.spam))).join(' / ') + ` of ${r.spam}` : '—';
      rows.push(`| ${src} | ${l} | ${pct(rate(r.riskyFlagged, r.risky))} | ${pct(rate(r.benignFlagged, r.benign))} | ${pct(rate(a.riskyFlagged, a.risky))} | ${pct(rate(a.benignFlagged, a.benign))} | ${pct(rate(b.riskyFlagged, b.risky))} | ${pct(rate(b.benignFlagged, b.benign))} | ${conv} | ${spam} |`);
    }
  }
  return [head, sep, ...rows].join('\n');
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LEVELS: Sensitivity[] = ['low', 'balanced', 'strict'];

interface Target {
  source: string;
  what: string;
  metric: (r: SourceResult) => number | null;
  /** 'min': the figure must be at least `value`; 'max': at most. */
  kind: 'min' | 'max';
  value: number;
}

/** The accuracy targets of issue 3, at Balanced. */
const TARGETS: Target[] = [
  { source: 'en_uci_sms_spam', what: 'benign FP (English SMS ham)', metric: (r) => r.fpRate, kind: 'max', value: 0.005 },
  { source: 'vi_sms_ie403_inbox', what: 'benign FP (Vietnamese inbox)', metric: (r) => r.fpRate, kind: 'max', value: 0.005 },
  { source: 'fr_cyberagressionado_v1', what: 'benign FP (French teen chat)', metric: (r) => r.fpRate, kind: 'max', value: 0.005 },
  { source: 'vi_vihsd_test', what: 'benign FP (Vietnamese comments)', metric: (r) => r.fpRate, kind: 'max', value: 0.005 },
  { source: 'en_mendeley_smishing', what: 'scam recall (English smishing)', metric: (r) => r.recall, kind: 'min', value: 0.85 },
  { source: 'vi_sms_ie403_ggsheet', what: 'scam recall (Vietnamese reports)', metric: (r) => r.recall, kind: 'min', value: 0.85 },
  { source: 'vi_sms_ie403_inbox', what: 'scam recall (Vietnamese inbox)', metric: (r) => r.recall, kind: 'min', value: 0.85 },
  { source: 'en_pj_predator_utterances', what: `PJ offenders with ${MIN_CONV_LINES}+ lines flagged`, metric: (r) => r.conversationRecall5, kind: 'min', value: 0.9 },
  { source: 'en_pan12_vtpan_segments', what: 'PAN12 predatory segments recall', metric: (r) => r.recall, kind: 'min', value: 0.85 },
  { source: 'en_pan12_vtpan_segments', what: 'PAN12 non-predatory segments flagged', metric: (r) => r.fpRate, kind: 'max', value: 0.15 },
  { source: 'fr_cyberagressionado_v1', what: 'bullying recall (CyberAgressionAdo)', metric: (r) => r.recall, kind: 'min', value: 0.6 },
];

function table(results: SourceResult[]): string {
  const head = '| source | sensitivity | risky | recall | benign | FP rate | category agreement | conversations (5+ lines) caught | spam flagged |';
  const sep = '|---|---|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map((r) =>
    `| ${r.source} | ${r.sensitivity} | ${r.risky} | ${pct(r.recall)} | ${r.benign} | ${pct(r.fpRate)} | ${pct(r.categoryAgreement)} | ${r.conversations5 === null ? '—' : `${pct(r.conversationRecall5)} of ${r.conversations5}`} | ${r.spam ? `${pct(r.spamFlagged / r.spam)} of ${r.spam}` : '—'} |`);
  return [head, sep, ...rows].join('\n');
}

function main(): void {
  const corpus = process.argv[2] ?? findCorpus() ?? `${ROOT}../shared/corpus`;
  if (!existsSync(corpus)) throw new Error(`corpus folder not found: ${corpus}`);
  const files = listFiles([corpus]);
  const results: SourceResult[] = [];
  for (const f of files) for (const s of LEVELS) results.push(evaluateFile(f, s));
  const balanced = new Map(results.filter((r) => r.sensitivity === 'balanced').map((r) => [r.source, r]));

  // Rules + model, out of sample: the training corpus (dev part + train-extra) deduplicated.
  const trainDir = process.argv[2] ?? findCorpus();
  if (!trainDir) throw new Error('training corpus not found (NOT_ALONE_CORPUS or ../shared/corpus)');
  const training = loadCorpus(trainDir, TRAIN_FILES);
  const cv = crossValidate(training.items, 5, DEFAULT_BUILD_OPTIONS, (line) => process.stderr.write(`${line}\n`));
  const losoBal = new Map([...cv.loso.balanced!].map(([src, t]) => [src, tallyResult(src, 'balanced', t)]));
  const kfoldBal = new Map([...cv.kfold.balanced!].map(([src, t]) => [src, tallyResult(src, 'balanced', t)]));
  const families = [...new Set(training.items.map((it) => familyOf(it.source)))];

  const judgeTarget = (t: Target, r: SourceResult | undefined): { v: number | null; ok: boolean } => {
    const v = r ? t.metric(r) : null;
    return { v, ok: v !== null && (t.kind === 'min' ? v >= t.value : v <= t.value) };
  };
  const targetRows = TARGETS.map((t) => ({ ...t, ...judgeTarget(t, balanced.get(t.source)), loso: judgeTarget(t, losoBal.get(t.source)), kfold: judgeTarget(t, kfoldBal.get(t.source)) }));
  const met = targetRows.filter((t) => t.ok).length;
  const metLoso = targetRows.filter((t) => t.loso.ok).length;
  const metKfold = targetRows.filter((t) => t.kfold.ok).length;

  const md = `# Detection accuracy

Generated by \`npm run accuracy\` (\`scripts/accuracy-report.ts\`) from the dev part of \`../shared/corpus/\`
(format and sources: \`../shared/corpus/SOURCES.md\`). Do not edit by hand: change the rules, then regenerate.
Each line is judged exactly as \`npm run scan -- --jsonl\` judges it: lines sharing \`conv_id\` in file order with
conversation context, other lines alone. ${RULES.length} rules (vi/en/fr × 7 categories).

How to read the columns:
- **recall**: share of risky lines flagged (lines of category \`spam\` are counted apart, in the last column).
- **FP rate**: share of benign lines flagged.
- **category agreement**: among flagged risky lines, the share whose category fits the corpus label
  (grooming ↔ grooming / sexual_request / sextortion / personal_info; scam ↔ scam / trafficking_recruitment; toxic ↔ bullying).
- **conversations caught**: Perverted-Justice offenders with ${MIN_CONV_LINES}+ sampled lines of which at least one is flagged.

## Targets at Balanced: rules alone, and rules + model out of sample

Rules alone on the dev part (the rules were written from it, so this is in-sample): ${met} of ${targetRows.length} met.
Rules + model, leave-one-source-out: ${metLoso} of ${targetRows.length}; conversation-grouped ${cv.k}-fold: ${metKfold} of ${targetRows.length}.

| target | source | wanted | rules (dev) | rules + model, LOSO | rules + model, ${cv.k}-fold |
|---|---|---|---:|---:|---:|
${targetRows.map((t) => `| ${t.what} | ${t.source} | ${t.kind === 'min' ? '≥' : '≤'} ${pct(t.value)} | ${pct(t.v)}${t.ok ? ' ✓' : ''} | ${pct(t.loso.v)}${t.loso.ok ? ' ✓' : ''} | ${pct(t.kfold.v)}${t.kfold.ok ? ' ✓' : ''} |`).join('\n')}

## What the learned stage adds, and what it does not

${modelReading(cv)}

## Rules + model, out of sample, per source and sensitivity

How these were obtained (\`scripts/model/crossval.ts\`, ${cv.trainings} trainings, ${cv.seconds.toFixed(0)} s):
- The corpus is the training corpus of the shipped model: the nine dev files and the three \`train-extra/\` files,
  exact duplicates (lower case, spaces collapsed) kept once, texts carrying both labels left out (${training.items.length} lines; see
  \`docs/training-data.md\`). The held-out part and the reserved sets are never read.
- **Leave-one-source-out (LOSO)**: for each source family (${families.length}: ${families.join('; ')}), a model is trained on all the
  others and its operating points are set on their held-back benign messages; the left-out source is then judged. This is the
  figure that says how the model carries over to text shaped differently. Sources sharing text are left out together.
- **Conversation-grouped ${cv.k}-fold**: lines are assigned to folds by conversation (PJ offender, 88milSMS donor),
  scenario (CyberAgressionAdo) or exact text, so no conversation straddles train and test; each fold is judged by a model
  trained on the other ${cv.k - 1}. In-source style is learnt here, so these figures are higher than LOSO.
- "rules" is the rule engine alone on the same lines (no training involved). Each line is judged exactly as
  \`scan --jsonl\` judges it: in file order, with conversation context where lines share \`conv_id\` (PJ offenders,
  88milSMS donors), so "conv. 5+ caught" counts offenders with 5+ sampled lines of which at least one is flagged.
- FP is the share of benign lines flagged; PAN12 "benign" segments are hard negatives (adult sexual chat, Omegle), not
  personal messages, and their budget is 15 %, not 0.5 %.

${crossTable(cv)}

## Rules alone, per source and sensitivity (dev part)

${table(results)}

## Where it falls short, and why

${targetRows.filter((t) => !t.ok).map((t) => `- **${t.what}**: ${pct(t.v)} against ${t.kind === 'min' ? 'at least' : 'at most'} ${pct(t.value)}.`).join('\n') || '- Every target is met on the dev part.'}

What lies behind these figures (honest reading, not excuses):

- **Grooming (PJ, PAN12)** is where a phrase engine is weakest. A Perverted-Justice line is often innocuous on its own
  ("what time is the party?"); the corpus samples a few lines per offender out of long chats, so many offenders have
  no sampled line with a recognisable theme. The engine adds up themes per conversation (age, parents and who is home,
  secrecy, meeting, moving to the phone, sexual talk, repeated sexual talk), but it does not learn style. PAN12
  "non-predatory" segments include explicit sexual chat between strangers and self-declared teenagers on Omegle: for a
  child-safety product these are hard negatives that the engine often flags (sexual talk is flagged whoever sends it),
  which is why the PAN12 false-positive rate is far above 15 %. Raising thresholds lowers both numbers together: a
  lexicon cannot separate "sexual chat with a minor" from "sexual chat between adults" as well as a trained classifier.
- **French bullying (CyberAgressionAdo)**: a large share of the toxic lines are denigration without any insult word
  ("il peut pas se voir en entier", "Sophie doit aller s'acheter un cerveau"), heavy misspellings ("sap*lope",
  "szlope", "gropsse") or role-play banter; "benign" lines from the same scenarios quote insults ("arrête de la
  traiter de grosse"). Insults aimed at the reader, slurs, threats and pushes to self-harm are caught; the rest would
  need a model of the conversation.
- **Scams**: generic commercial spam (premium-rate UK offers, ringtones, "call now for a free phone") is labelled
  smishing in the Mendeley set; the rules flag fraud patterns (prizes to claim, OTP/password requests, blocked
  accounts, look-alike and throw-away links, fake police and debt collectors, task scams, gambling lures) and leave
  plain marketing alone, on purpose, so operator and bank notifications in the Vietnamese inbox stay quiet. Many
  Vietnamese scam SMS are heavily obfuscated ("N-ap 5Ok nhän 1O8k", random characters around the payload); only some
  of these tricks are undone by normalisation.
- **Vietnamese comments (ViHSD)** are not a target for recall (hate speech about public figures, not bullying of the
  reader); only their false positives count.
- **The held-out part** (\`holdout.jsonl.gz.enc\`) has not been seen; expect lower figures there, because part of
  the dev-set tuning fits this dev set's phrasing even when the rules describe general patterns.
`;
  writeFileSync(`${ROOT}docs/accuracy.md`, md);
  process.stdout.write(`docs/accuracy.md written: ${met}/${targetRows.length} targets met at Balanced\n`);
}

main();
