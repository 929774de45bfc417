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
