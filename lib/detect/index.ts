// The detection engine: tokenise → match → score → explain. Pure TypeScript: no DOM, no
// browser API, no Node API, relative imports only (runs in the content script, Vitest and tsx).
// The rules come in as an argument, compiled (CompiledRules: packed at build time for the
// extension, see ./pack.ts); the engine imports no rule pack.
//
// Seams: ./tokenize.ts (text → tokens in reused buffers), ./matcher.ts (run loop over the
// tables), ./compile.ts + ./pattern.ts (patterns → tables), ./hits.ts (matches → fired rules),
// ./score.ts (fired rules → verdict).

import { AutomatonBuilder, GROUP_ALLOW, GROUP_PHRASE } from './compile';
import { ConversationWindow } from './conversation-window';
import { HitScratch, type Found } from './hits';
import { Matcher } from './matcher';
import { ModelStage } from './model/stage';
import { DEFAULT_WINDOW, type CompiledRules } from './pack';
import { literalPhrase } from './pattern';
import { PRIORITY, score, severityOf, THRESHOLDS } from './score';
import { buildTables } from './tables';
import { TokenBuffer, tokenizeInto } from './tokenize';
import type { Category, DetectorOptions, MessageInput, RuleInfo, ScanStats, Verdict } from './types';

export type { Rule, RuleInfo, ScanStats } from './types';
export { MAX_CONVERSATIONS, WINDOW_MESSAGES, WINDOW_MINUTES } from './conversation-window';
export { compileRules, loadRules, loadRulesInSteps, packRules, PACKED_FORMAT, type CompiledRules, type PackedRules } from './pack';
export { runSteps } from './tables';
export { THRESHOLDS } from './score';

/**
 * Text beyond this many UTF-16 code units is not scanned. A chat message is far shorter; the
 * cap keeps a pasted novel or a hostile 1 MB message from costing more than ~0.1 ms.
 */
export const MAX_SCAN_CHARS = 4000;

/** Weight of a parent's custom phrase: flags at every sensitivity. */
const CUSTOM_WEIGHT = 0.95;

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = Object.freeze({
  sensitivity: 'balanced',
  disabledCategories: Object.freeze([]) as readonly Category[],
  customPhrases: Object.freeze([]) as DetectorOptions['customPhrases'],
  allowPhrases: Object.freeze([]) as readonly string[],
}) as DetectorOptions;

export interface Detector {
  scan(msg: MessageInput): Verdict;
  forgetConversation(key: string): void;
  /** Counters since the detector was created, internal errors included. */
  stats(): ScanStats;
}

const notFlagged = (): Verdict => ({ flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [] });

/** Tokens of the message being scanned: one buffer per context, reused by every detector. */
const TOKENS = new TokenBuffer();

/** Parents' phrases and the allowlist: a small automaton of their own, compiled in the page. */
function compileCustom(options: DetectorOptions): { matcher: Matcher; rules: RuleInfo[]; hits: HitScratch } | undefined {
  if (options.customPhrases.length === 0 && options.allowPhrases.length === 0) return undefined;
  const builder = new AutomatonBuilder();
  const rules: RuleInfo[] = [];
  options.customPhrases.forEach((p, i) => {
    rules.push({
      id: `custom.${i}`, category: p.category, weight: CUSTOM_WEIGHT, signal: 'custom_phrase',
      direction: 'in', groups: 0, window: DEFAULT_WINDOW, unlessWindow: DEFAULT_WINDOW,
    });
    builder.add(literalPhrase(p.text), { rule: i, group: GROUP_PHRASE }, true);
  });
  for (const a of options.allowPhrases) builder.add(literalPhrase(a), { rule: -1, group: GROUP_ALLOW }, true);
  return { matcher: new Matcher(buildTables(builder.compact())), rules, hits: new HitScratch(rules.length) };
}

export function createDetector(compiled: CompiledRules, options: DetectorOptions = DEFAULT_DETECTOR_OPTIONS): Detector {
  const { automaton, rules } = compiled;
  const sensitivity = options.sensitivity;
  const disabled = new Set(options.disabledCategories);
  const window = new ConversationWindow();
  const custom = compileCustom(options);
  // The learned stage (lib/detect/model), when a model is given: combined with the rules' scores.
  const stage = options.model && sensitivity !== 'off'
    ? new ModelStage(options.model, sensitivity, disabled, { thresholds: THRESHOLDS, priority: PRIORITY, severityOf })
    : undefined;
  const hits = new HitScratch(rules.length);
  const stats: ScanStats = { scanned: 0, flagged: 0, errors: 0, lastError: null };
  const found: Found = { fired: new Map(), allowed: [], judging: -1, judgingList: rules };

  function scan(msg: MessageInput, sensitivity: Exclude<DetectorOptions['sensitivity'], 'off'>): Verdict {
    const direction = msg.direction === 'out' ? 'out' : 'in';
    // The time only matters for a conversation's window: no clock read for a message without one.
    const time = msg.conversationKey === undefined ? 0 : typeof msg.time === 'number' && Number.isFinite(msg.time) ? msg.time : Date.now();
    let text = typeof msg.text === 'string' ? msg.text : '';
    if (text.length > MAX_SCAN_CHARS) text = text.slice(0, MAX_SCAN_CHARS);

    const tokens = tokenizeInto(TOKENS, text);
    found.fired.clear();
    found.allowed.length = 0;
    if (tokens.n > 0) {
      automaton.readWords(text, tokens);
      hits.collect(automaton, rules, tokens, direction, false, found);
      if (custom) {
        custom.matcher.readWords(text, tokens);
        custom.hits.collect(custom.matcher, custom.rules, tokens, direction, true, found);
      }
    }
    if (found.fired.size === 0) {
      // Most messages: nothing matched. Keep the conversation's message count right and stop.
      if (msg.conversationKey !== undefined) window.record(msg.conversationKey, time, []);
      return stage ? stage.combine(notFlagged(), new Map(), { text, direction, lang: msg.lang, conversationKey: msg.conversationKey, allowed: found.allowed }) : notFlagged();
    }
    const { verdict, scores } = score(found.fired, found.allowed, { sensitivity, disabled, direction, window, conversationKey: msg.conversationKey, time });
    return stage ? stage.combine(verdict, scores, { text, direction, lang: msg.lang, conversationKey: msg.conversationKey, allowed: found.allowed }) : verdict;
  }

  return {
    scan(msg: MessageInput): Verdict {
      if (sensitivity === 'off') return notFlagged();
      stats.scanned++;
      found.judging = -1;
      try {
        const v = scan(msg, sensitivity);
        if (v.flagged) stats.flagged++;
        return v;
      } catch (e) {
        // The engine must never break the page: the message is not flagged, and the failure is
        // counted and logged with the rule being judged (never the text) so tests and bug reports see it.
        const rule = found.judging >= 0 ? found.judgingList[found.judging]?.id ?? null : null;
        const message = e instanceof Error ? e.message : String(e);
        stats.errors++;
        stats.lastError = { rule, message };
        console.error(`[Not Alone] engine error${rule ? ` in rule ${rule}` : ''}: ${message}`);
        return notFlagged();
      }
    },
    forgetConversation(key: string): void {
      window.forget(key);
      stage?.forget(key);
    },
    stats(): ScanStats {
      return { ...stats, lastError: stats.lastError && { ...stats.lastError } };
    },
  };
}
