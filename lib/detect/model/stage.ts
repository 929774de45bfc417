// The learned stage inside the detector: scores a message with the model, keeps decayed
// evidence per conversation, and combines both with the rules' per-category scores.
//
// Combination: per category, the larger of the rule score, the model score (a head's logit
// mapped onto the engine's score scale by the language's operating points, see engineScore) and
// the conversation score. Taking the larger keeps every rule hit, and the false alarms add up
// to at most the rules' plus the model's (each budgeted on benign text).
// Conversation context cuts both ways:
// - evidence adds up: each incoming message adds max(0, score − EVIDENCE_FLOOR) per head to a sum
//   that decays per message; a sum over the conversation threshold flags the message that adds to
//   it ("this conversation shows several warning signs"), even when no line is decisive alone;
// - a familiar exchange damps one ambiguous line: when the child has answered in the window and
//   the last messages carried no evidence at all, a not-decisive score (below Low's 0.8) the model
//   does not share is lowered, so it flags only at Strict.

import type { Category, Direction, Lang, Sensitivity, Severity, Span, Verdict } from '../types';
import { conversationEvidence, EVIDENCE_FLOOR } from './build';
import { engineScore, scoreText, topSpans, type Level, type Model, type ModelCategory } from './model';

/** Conversations remembered at once (least recently used forgotten first). */
const MAX_CONVERSATIONS = 200;
/** Messages without evidence, in both directions, that make an exchange "familiar". */
const FAMILIAR_QUIET = 6;
/** Replies of the child in the conversation that make it two-sided. */
const FAMILIAR_REPLIES = 2;
/** Factor applied to a not-decisive score (< 0.8) in a familiar exchange: it lands below Balanced's 0.6, so Strict only. */
const FAMILIAR_DAMPING = 0.74;
/** Below this engine score a message is "quiet" for familiarity. */
const QUIET_SCORE = 0.3;

interface ConversationState {
  /** Decayed evidence per head. */
  evidence: number[];
  /** Messages in a row (both directions) without evidence. */
  quiet: number;
  /** Messages the child sent. */
  replies: number;
}

/** What the detector passes to the combine step (its own constants, to avoid an import cycle). */
export interface CombineContext {
  thresholds: Record<Level, Record<Category, number>>;
  priority: Record<Category, number>;
  severityOf: (category: Category, score: number, direction: Direction) => Severity;
}

export interface ModelInput {
  text: string;
  direction: Direction;
  lang?: Lang;
  conversationKey?: string;
  /** Spans of the parent's allowed phrases: the model does not read them (blanked, offsets kept). */
  allowed?: readonly Span[];
}

/** `text` with the allowed spans replaced by spaces, so offsets (and explanations) stay valid. */
function withoutAllowed(text: string, allowed: readonly Span[] | undefined): string {
  if (!allowed || allowed.length === 0) return text;
  let out = text;
  for (const [s, e] of allowed) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export class ModelStage {
  private convs = new Map<string, ConversationState>();

  constructor(
    private readonly model: Model,
    private readonly sensitivity: Exclude<Sensitivity, 'off'>,
    private readonly disabled: ReadonlySet<Category>,
    private readonly ctx: CombineContext,
  ) {}

  forget(key: string): void {
    this.convs.delete(key);
  }

  /** The final verdict from the rules' verdict and per-category scores plus the model. */
  combine(rules: Verdict, ruleScores: ReadonlyMap<Category, number>, msg: ModelInput): Verdict {
    const m = this.model;
    const conv = msg.conversationKey !== undefined ? this.state(msg.conversationKey) : undefined;
    if (msg.direction === 'out') {
      if (conv) { conv.replies++; conv.quiet = rules.score < QUIET_SCORE ? conv.quiet + 1 : 0; }
      return rules;
    }
    const s = scoreText(m, withoutAllowed(msg.text, msg.allowed));
    const lang = msg.lang ?? s.features.lang;
    const modelScores: Partial<Record<ModelCategory, number>> = {};
    const heads: { h: number; cat: ModelCategory; score: number; convScore: number }[] = [];
    let evidenceHere = 0;
    m.heads.forEach((cat, h) => {
      const score = engineScore(s.logits[h]!, m.thresholds[cat][lang]);
      modelScores[cat] = round(score);
      let convScore = 0;
      if (conv) {
        const e = conversationEvidence(score);
        conv.evidence[h] = (conv.evidence[h] ?? 0) * m.conversation.decay + e;
        evidenceHere += e;
        // The conversation speaks through a message that adds to it.
        if (e > 0) convScore = engineScore(conv.evidence[h]!, m.conversation.thresholds);
      }
      if (!this.disabled.has(cat)) heads.push({ h, cat, score, convScore });
    });

    const thresholds = this.ctx.thresholds[this.sensitivity];
    const familiar = conv !== undefined && conv.quiet >= FAMILIAR_QUIET && conv.replies >= FAMILIAR_REPLIES;
    let best: { cat: Category; score: number; ratio: number; from: 'rules' | 'model' | 'conversation'; head?: number } | undefined;
    const consider = (cat: Category, score: number, from: 'rules' | 'model' | 'conversation', head?: number): void => {
      if (score <= 0) return;
      const ratio = score / thresholds[cat];
      if (!best || ratio > best.ratio || (ratio === best.ratio && this.ctx.priority[cat] > this.ctx.priority[best.cat])) best = { cat, score, ratio, from, head };
    };
    for (const [cat, score] of ruleScores) {
      const head = heads.find((x) => x.cat === cat);
      // A familiar exchange damps a rule hit that is not decisive and that the model does not share.
      const damp = familiar && score < 0.8 && (head ? head.score < 0.4 : true);
      consider(cat, damp ? score * FAMILIAR_DAMPING : score, 'rules');
    }
    for (const x of heads) {
      consider(x.cat, x.score, 'model', x.h);
      if (x.convScore > x.score) consider(x.cat, x.convScore, 'conversation', x.h);
    }
    if (conv) conv.quiet = Math.max(rules.score, evidenceHere > 0 ? EVIDENCE_FLOOR : 0) < QUIET_SCORE ? conv.quiet + 1 : 0;

    const conversationOut = conv
      ? (() => {
        const h = conv.evidence.reduce((bi, v, i) => (v > (conv.evidence[bi] ?? 0) ? i : bi), 0);
        const e = conv.evidence[h] ?? 0;
        return { category: m.heads[h]!, score: e > 0 ? round(engineScore(e, m.conversation.thresholds)) : 0 };
      })()
      : null;
    const base = { ...rules, model: modelScores, conversation: conversationOut };
    const b = best as typeof best;
    if (!b || b.ratio < 1) {
      return { ...base, flagged: false, category: null, severity: null, score: round(Math.max(rules.score, ...heads.map((x) => x.score))) };
    }
    if (b.from === 'rules') {
      const extra = heads.some((x) => x.cat === b.cat && x.score >= thresholds[b.cat]) ? [`model_${b.cat}`] : [];
      return {
        ...base, flagged: true, category: b.cat, severity: this.ctx.severityOf(b.cat, b.score, 'in'), score: round(b.score),
        signals: [...new Set([...rules.signals, ...extra])], stage: 'rules',
      };
    }
    const spans: Span[] = topSpans(m, s, b.head!);
    const signals = b.from === 'conversation' ? ['conversation_signs', `model_${b.cat}`] : [`model_${b.cat}`];
    return {
      ...base, flagged: true, category: b.cat, severity: this.ctx.severityOf(b.cat, b.score, 'in'), score: round(b.score),
      spans: mergeInto(rules.spans, spans), signals: [...new Set([...signals, ...rules.signals])], stage: b.from,
    };
  }

  private state(key: string): ConversationState {
    let c = this.convs.get(key);
    if (c) this.convs.delete(key);
    else {
      c = { evidence: [], quiet: 0, replies: 0 };
      if (this.convs.size >= MAX_CONVERSATIONS) {
        const oldest = this.convs.keys().next().value;
        if (oldest !== undefined) this.convs.delete(oldest);
      }
    }
    this.convs.set(key, c);
    return c;
  }
}

/** The model's spans first (strongest first), then the rules' spans that do not overlap them. */
function mergeInto(ruleSpans: readonly Span[], modelSpans: Span[]): Span[] {
  const out = [...modelSpans];
  for (const r of ruleSpans) if (!out.some((x) => r[0] < x[1] && x[0] < r[1])) out.push(r);
  return out.sort((a, b) => a[0] - b[0]);
}
