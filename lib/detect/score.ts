// Fired rules → a verdict: per category, the noisy-or of its signals in this message and (for
// incoming messages) in the recent conversation; the category furthest above its threshold wins.

import type { ConversationWindow, SignalEvent } from './conversation-window';
import type { Fired } from './hits';
import type { Category, Direction, RuleInfo, Sensitivity, Severity, Span, Verdict } from './types';
import { CATEGORIES } from './types';

/** Score a category must reach to flag, per sensitivity. Bullying is not flagged at Low. */
export const THRESHOLDS: Record<Exclude<Sensitivity, 'off'>, Record<Category, number>> = {
  low: { grooming: 0.8, sexual_request: 0.8, sextortion: 0.8, trafficking_recruitment: 0.8, scam: 0.8, personal_info: 0.8, bullying: Infinity },
  balanced: { grooming: 0.6, sexual_request: 0.6, sextortion: 0.6, trafficking_recruitment: 0.6, scam: 0.6, personal_info: 0.6, bullying: 0.6 },
  strict: { grooming: 0.4, sexual_request: 0.4, sextortion: 0.4, trafficking_recruitment: 0.4, scam: 0.4, personal_info: 0.4, bullying: 0.4 },
};

/**
 * Signals of these categories, seen earlier in the same conversation, add up with the current
 * message's. Grooming draws on sexual requests and questions for personal details too.
 */
const CONTEXT_FAMILY: Partial<Record<Category, readonly Category[]>> = {
  grooming: ['grooming', 'sexual_request', 'personal_info'],
  sexual_request: ['sexual_request'],
  sextortion: ['sextortion', 'sexual_request'],
  trafficking_recruitment: ['trafficking_recruitment'],
  scam: ['scam'],
  bullying: ['bullying'],
};

/** When two categories tie, the graver one is reported. */
export const PRIORITY: Record<Category, number> = {
  sextortion: 7, sexual_request: 6, trafficking_recruitment: 5, grooming: 4, scam: 3, personal_info: 2, bullying: 1,
};

/** Outgoing messages are only judged for the child sharing personal or intimate content. */
const OUT_CATEGORIES: ReadonlySet<Category> = new Set(['personal_info', 'sexual_request']);

/** Score at which a medium-severity category is reported as high. */
const HIGH_SEVERITY_SCORE = 0.85;

function noisyOr(weights: Iterable<number>): number {
  let p = 1;
  for (const w of weights) p *= 1 - Math.min(1, Math.max(0, w));
  return 1 - p;
}

/**
 * A signal seen in several messages of the window counts more than once, with diminishing
 * returns: each repeat adds half an occurrence, up to REPEAT_CAP occurrences.
 */
const REPEAT_CAP = 4;
function repeatedWeight({ weight, count }: { weight: number; count: number }): number {
  const k = Math.min(count, REPEAT_CAP);
  return 1 - Math.pow(1 - weight, 1 + 0.5 * (k - 1));
}

export function severityOf(category: Category, score: number, direction: 'in' | 'out'): Severity {
  if (category === 'sextortion' || category === 'sexual_request') return direction === 'out' ? 'medium' : 'high';
  if (category === 'personal_info') return direction === 'out' ? 'low' : 'medium';
  if (category === 'bullying') return score >= HIGH_SEVERITY_SCORE ? 'medium' : 'low';
  return score >= HIGH_SEVERITY_SCORE ? 'high' : 'medium';
}

/** What a verdict depends on besides the fired rules. */
export interface ScoreContext {
  sensitivity: Exclude<Sensitivity, 'off'>;
  disabled: ReadonlySet<Category>;
  direction: Direction;
  window: ConversationWindow;
  conversationKey: string | undefined;
  time: number;
}

/**
 * Score what fired in one message (at least one rule) and record its signals in the conversation.
 * Also returns the score of every category that has one (the learned stage combines with them).
 */
export function score(fired: Map<RuleInfo, Fired>, allowed: Span[], { sensitivity, disabled, direction, window, conversationKey, time }: ScoreContext): { verdict: Verdict; scores: Map<Category, number> } {
  // Allowlist: drop spans that overlap an allowed phrase; a rule with no span left is dropped.
  if (allowed.length > 0) {
    for (const [r, f] of fired) {
      f.spans = f.spans.filter(([s, e]) => !allowed.some(([as, ae]) => s < ae && as < e));
      if (f.spans.length === 0) fired.delete(r);
    }
  }

  // Per signal: strongest weight in this message and how many separate places show it
  // (a long message repeating a theme counts like several messages, see repeatedWeight).
  const own = new Map<Category, Map<string, { weight: number; count: number }>>();
  const events: Omit<SignalEvent, 'time' | 'seq'>[] = [];
  for (const f of fired.values()) {
    const c = f.rule.category;
    if (disabled.has(c)) continue;
    let m = own.get(c);
    if (!m) own.set(c, (m = new Map()));
    const s = m.get(f.rule.signal);
    const places = mergeSpans(f.spans).length;
    if (s) {
      s.weight = Math.max(s.weight, f.weight);
      s.count += places;
    } else m.set(f.rule.signal, { weight: f.weight, count: places });
  }
  for (const [c, m] of own) for (const [signal, s] of m) events.push({ signal, category: c, weight: repeatedWeight(s) });

  const recent = conversationKey !== undefined ? window.recent(conversationKey, time) : [];
  const thresholds = THRESHOLDS[sensitivity];
  let best: Category | null = null;
  let bestScore = 0;
  let bestRatio = 0;
  const contextSignals = new Set<string>();
  const scores = new Map<Category, number>();
  for (const c of CATEGORIES) {
    if (disabled.has(c)) continue;
    if (direction === 'out' && !OUT_CATEGORIES.has(c)) continue;
    const mine = own.get(c);
    let score = mine ? noisyOr([...mine.values()].map(repeatedWeight)) : 0;
    const family = CONTEXT_FAMILY[c];
    // Context lifts a category only when this message itself carries a signal of it
    // (grooming: any signal of its family), so a warning always points at this message.
    if (family && direction === 'in' && (c === 'grooming' ? family.some((fc) => own.has(fc)) : own.has(c))) {
      const bySignal = new Map<string, { weight: number; count: number }>();
      for (const e of [...recent, ...events]) {
        if (!family.includes(e.category)) continue;
        const s = bySignal.get(e.signal);
        if (s) {
          s.weight = Math.max(s.weight, e.weight);
          s.count++;
        } else bySignal.set(e.signal, { weight: e.weight, count: 1 });
      }
      const ctx = noisyOr([...bySignal.values()].map(repeatedWeight));
      if (ctx > score) {
        score = ctx;
        if (c === 'grooming' || own.has(c)) for (const e of recent) if (family.includes(e.category)) contextSignals.add(e.signal);
      }
    }
    if (score <= 0) continue;
    scores.set(c, score);
    const ratio = score / thresholds[c];
    if (ratio > bestRatio || (ratio === bestRatio && best !== null && PRIORITY[c] > PRIORITY[best])) {
      best = c;
      bestScore = score;
      bestRatio = ratio;
    }
  }
  if (conversationKey !== undefined) window.record(conversationKey, time, events);

  const flagged = best !== null && bestRatio >= 1;
  const firedList = [...fired.values()].sort((a, b) => b.weight - a.weight || a.rule.id.localeCompare(b.rule.id));
  const relevant = flagged ? firedList.filter((f) => !disabled.has(f.rule.category)) : firedList;
  const spans = mergeSpans(relevant.flatMap((f) => f.spans));
  const signals = [...new Set([...relevant.filter((f) => !disabled.has(f.rule.category)).map((f) => f.rule.signal), ...(flagged ? contextSignals : [])])];
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const verdict: Verdict = {
    flagged,
    category: flagged ? best : null,
    severity: flagged && best ? severityOf(best, bestScore, direction) : null,
    score: round(flagged ? bestScore : Math.max(0, ...scores.values())),
    rules: relevant.map((f) => f.rule.id),
    spans,
    signals,
  };
  return { verdict, scores };
}

export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length <= 1) return spans;
  const s = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const [first, ...rest] = s as [Span, ...Span[]];
  const out: Span[] = [[first[0], first[1]]];
  let last = out[0] as Span;
  for (const [start, end] of rest) {
    if (start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push((last = [start, end]));
  }
  return out;
}
