// The shape of a rule. Rules are data: one file per language and category, sorted by id.
import type { Category, Lang } from '../detect/types';

export interface RuleExamples {
  /** Messages the rule must fire on (alone, as an incoming message unless the rule is 'out'). */
  match: string[];
  /** Close calls the rule must NOT fire on. */
  no: string[];
}

/**
 * Pattern syntax (compiled into one word-level automaton, see lib/detect/compile.ts):
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
