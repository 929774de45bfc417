// What the card says, decided from the verdict: tone, sentence, tips, reasons, help lines.
// Pure functions over data and the locale lookup, so they are tested without a browser.
import type { Category, Direction, Severity, Span } from '@/lib/detect/types';
import { helpLinesFor, type HelpLine, type HelpRegion } from '@/lib/tips/help-lines';
import { selectTips } from '@/lib/tips/tips';

export type Tone = 'gentle' | 'plain' | 'firm';

/** Categories that always speak firmly: intimate images and blackmail (issue 5). */
const FIRM_CATEGORIES: ReadonlySet<Category> = new Set(['sextortion', 'sexual_request']);
/** Categories whose help lines are always open (issue 16): intimate images and blackmail. */
export const HELP_OPEN_CATEGORIES = FIRM_CATEGORIES;
/** Outgoing categories that have their own sentence (the child's own message). */
const OUT_SENTENCE: ReadonlySet<Category> = new Set(['personal_info', 'sexual_request']);
/** Matched words listed under "Why am I seeing this?". */
export const MAX_WORDS = 6;

export interface CardInput {
  category: Category;
  severity: Severity;
  direction: Direction;
  signals: readonly string[];
  spans: readonly Span[];
  text: string;
}

export interface CardModel {
  tone: Tone;
  /** First words, by tone ("Stop." / "Careful." / "Heads up."): severity without shouting. */
  leadKey: string;
  /** One calm line in the child's words. */
  headKey: string;
  /** The longer explanation, under "Why this warning?". */
  riskKey: string;
  /** The single most relevant tip, shown on the compact card. */
  tipKey: string;
  /** The other tips, behind "What can I do?". */
  moreTipKeys: string[];
  /** Localised reasons, never raw ids. */
  reasons: string[];
  words: string[];
  help: HelpLine[];
  /** The child's own message: advice only, nothing to keep as evidence. */
  outgoing: boolean;
  /** The learned stage saw warning signs build up over the conversation (said on the card). */
  conversationSigns: boolean;
}

/** The learned stage's reason for a conversation whose warning signs add up. */
export const CONVERSATION_SIGNAL = 'conversation_signs';

export function toneOf(category: Category, severity: Severity, direction: Direction): Tone {
  // The child's own message gets advice, never alarm.
  if (direction === 'out') return severity === 'low' ? 'gentle' : 'plain';
  if (severity === 'high' || FIRM_CATEGORIES.has(category)) return 'firm';
  return severity === 'low' ? 'gentle' : 'plain';
}

/** The localised reason of a signal id ("secrecy" or "signal_secrecy"); null when unknown. */
export function signalText(signal: string, t: (key: string) => string): string | null {
  const key = signal.startsWith('signal_') ? signal : `signal_${signal}`;
  const text = t(key);
  return text && text !== key ? text : null;
}

export function buildCard(input: CardInput, region: HelpRegion, t: (key: string) => string): CardModel {
  const { category, severity, direction } = input;
  const tone = toneOf(category, severity, direction);
  const reasons = [...new Set(input.signals.map((s) => signalText(s, t) ?? t('warn_signal_generic')))];
  const words = [
    ...new Set(
      input.spans
        .filter(([s, e]) => e > s && e <= input.text.length)
        .map(([s, e]) => input.text.slice(s, e).trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_WORDS);
  const ownMessage = direction === 'out' && OUT_SENTENCE.has(category);
  const tips = selectTips(category, input.signals);
  const [tipKey = '', ...moreTipKeys] = [...tips.top, ...tips.more];
  return {
    tone,
    leadKey: `warn_lead_${tone}`,
    headKey: ownMessage ? `head_out_${category}` : `head_${category}`,
    riskKey: ownMessage ? `warn_out_${category}` : `risk_${category}`,
    tipKey,
    moreTipKeys,
    reasons: reasons.length ? reasons : [t('warn_signal_generic')],
    words,
    help: helpLinesFor(region, category),
    outgoing: direction === 'out',
    conversationSigns: input.signals.some((s) => s.replace(/^signal_/, '') === CONVERSATION_SIGNAL),
  };
}
