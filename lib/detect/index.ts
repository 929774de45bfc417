// The detection engine: normalise → match → score → explain. Pure TypeScript: no DOM, no
// browser API, no Node API, relative imports only (runs in the content script, Vitest and tsx).
// The rules come in as an argument (compiled: see CompiledRules); the engine imports no rule pack.

import { Automaton, GROUP_PHRASE, GROUP_UNLESS } from './automaton';
import { ConversationWindow, type SignalEvent } from './conversation-window';
import { tokenize } from './normalise';
import type { Category, DetectorOptions, MessageInput, Rule, RuleInfo, ScanStats, Sensitivity, Severity, Span, Verdict } from './types';
import { CATEGORIES } from './types';

export type { Rule, RuleInfo, ScanStats } from './types';
export { MAX_CONVERSATIONS, WINDOW_MESSAGES, WINDOW_MINUTES } from './conversation-window';

export const MAX_SCAN_CHARS = 4000;

/** Default near-rule window, in words. */
const DEFAULT_WINDOW = 8;
/** Weight of a parent's custom phrase: flags at every sensitivity. */
const CUSTOM_WEIGHT = 0.95;
const GROUP_ALLOW = -3;

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = Object.freeze({
  sensitivity: 'balanced',
  disabledCategories: Object.freeze([]) as readonly Category[],
  customPhrases: Object.freeze([]) as DetectorOptions['customPhrases'],
  allowPhrases: Object.freeze([]) as readonly string[],
}) as DetectorOptions;

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
const PRIORITY: Record<Category, number> = {
  sextortion: 7, sexual_request: 6, trafficking_recruitment: 5, grooming: 4, scam: 3, personal_info: 2, bullying: 1,
};

/** Outgoing messages are only judged for the child sharing personal or intimate content. */
const OUT_CATEGORIES: ReadonlySet<Category> = new Set(['personal_info', 'sexual_request']);

/** Score at which a medium-severity category is reported as high. */
const HIGH_SEVERITY_SCORE = 0.85;

export interface Detector {
  scan(msg: MessageInput): Verdict;
  forgetConversation(key: string): void;
  /** Counters since the detector was created, internal errors included. */
  stats(): ScanStats;
}

/** Rules compiled into one automaton, plus what scoring needs of each rule (by index). */
export interface CompiledRules {
  readonly rules: readonly RuleInfo[];
  readonly automaton: Automaton;
}

/** Near rules have at most this many groups. */
const MAX_NEAR_GROUPS = 8;
/** Rules (built-in or custom) the scratch arrays are sized for; grown on demand. */
const HIT_SCRATCH = {
  stamp: 0,
  pending: [] as number[],
  nearStamp: [] as number[],
  nearFrom: [] as number[],
  nearTo: [] as number[],
  unlessStamp: [] as number[],
  unless: [] as number[][],
};

export function ruleInfo(r: Rule): RuleInfo {
  const window = r.window ?? DEFAULT_WINDOW;
  return {
    id: r.id, category: r.category, weight: r.weight, signal: r.signal, direction: r.direction ?? 'in',
    groups: r.near?.length ?? 0, window, unlessWindow: r.unlessWindow ?? window,
  };
}

function addRule(automaton: Automaton, r: Rule, ri: number): void {
  if ((r.near?.length ?? 0) > MAX_NEAR_GROUPS) throw new Error(`rule ${r.id}: more than ${MAX_NEAR_GROUPS} near groups`);
  for (const p of r.patterns ?? []) automaton.add(p, { rule: ri, group: GROUP_PHRASE });
  (r.near ?? []).forEach((g, gi) => {
    for (const term of g) automaton.add(term, { rule: ri, group: gi });
  });
  for (const u of r.unless ?? []) automaton.add(u, { rule: ri, group: GROUP_UNLESS });
}

/**
 * Compiles rules step by step: `addUntil(deadline)` adds rules until the deadline
 * (performance.now()) passes, `finish()` adds the rest and builds the tables.
 */
export class RulesCompiler {
  private readonly automaton = new Automaton();
  private next = 0;
  private done: CompiledRules | undefined;
  constructor(private readonly source: readonly Rule[]) {}

  /** Add rules until all are in or `deadline` passes; true when all are in. */
  addUntil(deadline: number): boolean {
    while (this.next < this.source.length) {
      addRule(this.automaton, this.source[this.next]!, this.next);
      this.next++;
      if (performance.now() >= deadline) break;
    }
    return this.next >= this.source.length;
  }

  finish(): CompiledRules {
    if (!this.done) {
      this.addUntil(Infinity);
      this.done = { rules: this.source.map(ruleInfo), automaton: this.automaton.finish() };
    }
    return this.done;
  }
}

/** Compile rules in one go. */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  return new RulesCompiler(rules).finish();
}

function literalPhrase(s: string): string {
  // Custom phrases are literal text: pattern syntax characters (and "#phone"-like class words)
  // are just separators, as they are in the text.
  return s.replace(/[()|#]/g, ' ').replace(/\s+/g, ' ').trim();
}

interface Fired {
  rule: RuleInfo;
  weight: number;
  spans: Span[];
}

const EMPTY: Verdict = Object.freeze({
  flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [],
}) as unknown as Verdict;

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

function severityOf(category: Category, score: number, direction: 'in' | 'out'): Severity {
  if (category === 'sextortion' || category === 'sexual_request') return direction === 'out' ? 'medium' : 'high';
  if (category === 'personal_info') return direction === 'out' ? 'low' : 'medium';
  if (category === 'bullying') return score >= HIGH_SEVERITY_SCORE ? 'medium' : 'low';
  return score >= HIGH_SEVERITY_SCORE ? 'high' : 'medium';
}

export function createDetector(compiled: CompiledRules, options: DetectorOptions = DEFAULT_DETECTOR_OPTIONS): Detector {
  const { automaton, rules } = compiled;
  const sensitivity = options.sensitivity;
  const disabled = new Set(options.disabledCategories);
  const window = new ConversationWindow();

  // Parents' phrases and the allowlist: a small automaton of their own.
  const customRules: RuleInfo[] = [];
  let custom: Automaton | undefined;
  if (options.customPhrases.length > 0 || options.allowPhrases.length > 0) {
    custom = new Automaton();
    options.customPhrases.forEach((p, i) => {
      const rule: RuleInfo = {
        id: `custom.${i}`, category: p.category, weight: CUSTOM_WEIGHT, signal: 'custom_phrase',
        direction: 'in', groups: 0, window: DEFAULT_WINDOW, unlessWindow: DEFAULT_WINDOW,
      };
      customRules.push(rule);
      custom!.add(literalPhrase(p.text), { rule: i, group: GROUP_PHRASE }, true);
    });
    for (const a of options.allowPhrases) custom.add(literalPhrase(a), { rule: -1, group: GROUP_ALLOW }, true);
    custom.finish();
  }

  function scan(msg: MessageInput): Verdict {
    if (sensitivity === 'off') return { ...EMPTY, rules: [], spans: [], signals: [] };
    const direction = msg.direction === 'out' ? 'out' : 'in';
    const time = typeof msg.time === 'number' && Number.isFinite(msg.time) ? msg.time : Date.now();
    let text = typeof msg.text === 'string' ? msg.text : '';
    if (text.length > MAX_SCAN_CHARS) text = text.slice(0, MAX_SCAN_CHARS);

    const tokens = tokenize(text);
    const fired = new Map<RuleInfo, Fired>();
    const allowed: Span[] = [];

    const collect = (a: Automaton, ruleList: readonly RuleInfo[], isCustom: boolean): void => {
      const { id, first, last, n } = a.ids(text, tokens);
      const offsets = (from: number, to: number): Span => [at(tokens.start, at(first, from)), at(tokens.end, at(last, to))];
      // Near-rule state and "unless" positions live in flat arrays keyed by rule, reset lazily
      // (most messages touch a handful of rules; allocating per message costs more than matching).
      const hits = HIT_SCRATCH;
      hits.stamp++;
      const pending = hits.pending;
      pending.length = 0;
      a.run(id, n, (ei, from, to) => {
        const e = at(a.entries, ei);
        judging = e.rule;
        judgingList = ruleList;
        if (e.group === GROUP_PHRASE) { pending.push(e.rule, from, to); return; }
        if (e.group === GROUP_ALLOW) { allowed.push(offsets(from, to)); return; }
        if (e.group === GROUP_UNLESS) {
          if (hits.unlessStamp[e.rule] !== hits.stamp) {
            hits.unlessStamp[e.rule] = hits.stamp;
            hits.unless[e.rule] = [];
          }
          at(hits.unless, e.rule).push(from, to);
          return;
        }
        const r = at(ruleList, e.rule);
        const groups = r.groups;
        const base = e.rule * MAX_NEAR_GROUPS;
        if (hits.nearStamp[e.rule] !== hits.stamp) {
          hits.nearStamp[e.rule] = hits.stamp;
          for (let g = 0; g < groups; g++) hits.nearFrom[base + g] = -1;
        }
        hits.nearFrom[base + e.group] = from;
        hits.nearTo[base + e.group] = to;
        let lo = Infinity;
        let hi = -1;
        const nf = hits.nearFrom;
        const nt = hits.nearTo;
        for (let g = 0; g < groups; g++) {
          const f = at(nf, base + g);
          if (f < 0) return;
          if (f < lo) lo = f;
          if (at(nt, base + g) > hi) hi = at(nt, base + g);
        }
        // Each group needs words of its own: one word cannot be both the verb and the object.
        for (let g = 0; g < groups; g++) {
          for (let h = g + 1; h < groups; h++) {
            if (at(nf, base + g) <= at(nt, base + h) && at(nf, base + h) <= at(nt, base + g)) return;
          }
        }
        if (hi - lo + 1 <= r.window) pending.push(e.rule, lo, hi);
      });
      for (let pi = 0; pi < pending.length; pi += 3) {
        const p = { ri: at(pending, pi), from: at(pending, pi + 1), to: at(pending, pi + 2) };
        const r = at(ruleList, p.ri);
        judging = p.ri;
        judgingList = ruleList;
        const u = hits.unlessStamp[p.ri] === hits.stamp ? hits.unless[p.ri] : undefined;
        if (u) {
          const w = r.unlessWindow;
          let cancelled = false;
          for (let k = 0; k < u.length; k += 2) {
            if (at(u, k + 1) >= p.from - w && at(u, k) <= p.to + w) { cancelled = true; break; }
          }
          if (cancelled) continue;
        }
        const dir = r.direction;
        if (dir !== 'both' && dir !== direction) continue;
        if (isCustom && direction === 'out') continue;
        let f = fired.get(r);
        if (!f) fired.set(r, (f = { rule: r, weight: r.weight, spans: [] }));
        f.spans.push(offsets(p.from, p.to));
      }
    };

    if (tokens.n > 0) {
      collect(automaton, rules, false);
      if (custom) collect(custom, customRules, true);
    }
    judging = -1;
    if (fired.size === 0) {
      // Most messages: nothing matched. Keep the conversation's message count right and stop.
      if (msg.conversationKey !== undefined) window.record(msg.conversationKey, time, []);
      return { flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [] };
    }

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

    const recent = msg.conversationKey !== undefined ? window.recent(msg.conversationKey, time) : [];
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
    if (msg.conversationKey !== undefined) window.record(msg.conversationKey, time, events);

    const flagged = best !== null && bestRatio >= 1;
    const firedList = [...fired.values()].sort((a, b) => b.weight - a.weight || a.rule.id.localeCompare(b.rule.id));
    const relevant = flagged ? firedList.filter((f) => !disabled.has(f.rule.category)) : firedList;
    const spans = mergeSpans(relevant.flatMap((f) => f.spans));
    const signals = [...new Set([...relevant.filter((f) => !disabled.has(f.rule.category)).map((f) => f.rule.signal), ...(flagged ? contextSignals : [])])];
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    return {
      flagged,
      category: flagged ? best : null,
      severity: flagged && best ? severityOf(best, bestScore, direction) : null,
      score: round(flagged ? bestScore : Math.max(0, ...scores.values())),
      rules: relevant.map((f) => f.rule.id),
      spans,
      signals,
    };
  }

  const stats: ScanStats = { scanned: 0, flagged: 0, errors: 0, lastError: null };
  /** The rule whose hit is being judged (index into judgingList), for the error report. */
  let judging = -1;
  let judgingList: readonly RuleInfo[] = rules;

  return {
    scan(msg: MessageInput): Verdict {
      if (sensitivity === 'off') return { ...EMPTY, rules: [], spans: [], signals: [] };
      stats.scanned++;
      judging = -1;
      try {
        const v = scan(msg);
        if (v.flagged) stats.flagged++;
        return v;
      } catch (e) {
        // The engine must never break the page: the message is not flagged, and the failure is
        // counted and logged with the rule being judged (never the text) so tests and bug reports see it.
        const rule = judging >= 0 ? judgingList[judging]?.id ?? null : null;
        const message = e instanceof Error ? e.message : String(e);
        stats.errors++;
        stats.lastError = { rule, message };
        console.error(`[Not Alone] engine error${rule ? ` in rule ${rule}` : ''}: ${message}`);
        return { ...EMPTY, rules: [], spans: [], signals: [] };
      }
    },
    forgetConversation(key: string): void {
      window.forget(key);
    },
    stats(): ScanStats {
      return { ...stats, lastError: stats.lastError && { ...stats.lastError } };
    },
  };
}

/** Indexed read for arrays whose bounds the code already guarantees (strict `noUncheckedIndexedAccess`). */
function at<T>(xs: ArrayLike<T>, i: number): T {
  return xs[i] as T;
}

function mergeSpans(spans: Span[]): Span[] {
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
