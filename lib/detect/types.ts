import type { Model } from './model/model';
// The detection engine's vocabulary, defined once and imported everywhere.

/** Threat categories, in the order the options page and docs list them. */
export const CATEGORIES = [
  'grooming',
  'sexual_request',
  'sextortion',
  'trafficking_recruitment',
  'scam',
  'personal_info',
  'bullying',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How firmly a warning speaks: gentle at low, firm at high. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** User-facing sensitivity levels; 'off' disables scanning entirely. */
export const SENSITIVITIES = ['off', 'low', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** 'in' = written by someone else to the child; 'out' = the child's own message. */
export type Direction = 'in' | 'out';

export const LANGS = ['vi', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export interface CustomPhrase {
  text: string;
  category: Category;
}

/** Everything the engine needs to decide; built from settings + policy by the caller. */
export interface DetectorOptions {
  sensitivity: Sensitivity;
  disabledCategories: readonly Category[];
  customPhrases: readonly CustomPhrase[];
  allowPhrases: readonly string[];
  /** The learned stage (lib/detect/model); absent or null: rules only ("reduced protection"). */
  model?: Model | null;
}

export interface MessageInput {
  text: string;
  direction?: Direction; // default 'in'
  /** Conversation key (site + conversation); messages sharing it are judged with context. */
  conversationKey?: string;
  /** Milliseconds since epoch; default Date.now(). Used for the conversation window. */
  time?: number;
  lang?: Lang;
}

/** [start, end) offsets in the ORIGINAL text, for highlighting. */
export type Span = [number, number];

export interface Verdict {
  flagged: boolean;
  category: Category | null;
  severity: Severity | null;
  score: number;
  /** Ids of the rules that fired (all categories), strongest first. */
  rules: string[];
  /** Matched spans in the original text. */
  spans: Span[];
  /** Human-readable signal ids of the fired rules (locale keys like "signal_secrecy"). */
  signals: string[];
  /** Per-category scores of the learned stage (engine score scale); absent when it did not run. */
  model?: Partial<Record<Category, number>>;
  /** Conversation-level evidence (engine score scale) and its strongest category, when the message has a conversation. */
  conversation?: { category: Category; score: number } | null;
  /** Which stage decided a flag: a rule, the model on this message, or the conversation's build-up. */
  stage?: 'rules' | 'model' | 'conversation';
}

export interface RuleExamples {
  /** Messages the rule must fire on (alone, as an incoming message unless the rule is 'out'). */
  match: string[];
  /** Close calls the rule must NOT fire on. */
  no: string[];
}

/**
 * The shape of a rule, as the engine reads it (rule packs live in lib/rules, one file per
 * language and category, and are handed to the engine compiled: see CompiledRules).
 *
 * Pattern syntax (compiled into one word-level automaton, see lib/detect/pattern.ts):
 * - words separated by spaces; matching is whole-word, case-, accent- and disguise-insensitive;
 * - `(a|b c|)` alternatives, an empty alternative makes the group optional;
 * - `=word`: only matched in messages written with diacritics, for Vietnamese words whose
 *   unaccented form is another common word ("vú" → "vu" as in "dịch vụ", "nhắn" → "nhận");
 * - `~word`: only in messages without Vietnamese diacritics ("tg" is "ta gueule" in French
 *   chat, "thời gian" in Vietnamese);
 * - class words: `#phone`, `#minor` (a number 8–17), `#num`, `#money` (500k, $50), `#url`, `#shorturl`
 *   (bit.ly…), `#badurl` (look-alike or throw-away domain), `#email`.
 * Write Vietnamese with its diacritics: text typed without them still matches.
 */
export interface Rule {
  id: string;
  lang: Lang;
  category: Category;
  /** 0..1. ≥ 0.8 flags alone at every sensitivity, ~0.65 at Balanced, ~0.45 at Strict, less only with context. */
  weight: number;
  /** Locale key suffix: `signal_<signal>` explains the rule to the child. */
  signal: string;
  /** 'in' (default): judged on incoming messages. 'out': only on the child's own messages. */
  direction?: 'in' | 'out' | 'both';
  /** Any of these phrases fires the rule. */
  patterns?: string[];
  /** Fires when one term of EVERY group occurs within `window` words (any order). */
  near?: string[][];
  /** Words; default 8. */
  window?: number;
  /** Terms that cancel the rule when they occur within `window` words of the match ("never share your OTP"). */
  unless?: string[];
  /** Words around a match in which `unless` terms count; default `window`. */
  unlessWindow?: number;
  examples: RuleExamples;
}

/** What scoring needs of a rule once its patterns are compiled (no patterns, no examples). */
export interface RuleInfo {
  id: string;
  category: Category;
  weight: number;
  signal: string;
  direction: 'in' | 'out' | 'both';
  /** Near-rule groups (0 for a phrase rule). */
  groups: number;
  window: number;
  unlessWindow: number;
}

/** Counters of one detector since it was created. */
export interface ScanStats {
  /** Messages scanned (sensitivity 'off' scans nothing). */
  scanned: number;
  flagged: number;
  /** Scans that hit an internal error and returned "not flagged" instead of throwing. */
  errors: number;
  /** The last internal error: the rule being judged when it happened (or null) and the message of the error — never the text. */
  lastError: { rule: string | null; message: string } | null;
}
