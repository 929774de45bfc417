// Judging is a pure function: judge = suppressions ∘ detector. The detector reads the text; the
// suppressions (the child's "This is OK" answers, as hashes) turn a verdict into "accepted".
import type { Verdict } from '../detect/types';
import { hashText } from './message-key';
import type { ScannedMessage } from './page-scanner';

/** The verdict of a message the child marked "This is OK". */
export const ACCEPTED_VERDICT: Verdict = Object.freeze({
  flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [],
}) as unknown as Verdict;

export type Detect = (message: ScannedMessage) => Verdict;

/** Keys of "this sender's similar message in this conversation" the child accepted. */
export interface Suppressions {
  readonly size: number;
  has(key: string): boolean;
}

export function createJudge(detect: Detect, suppressions: Suppressions): Detect {
  return (message) => {
    // Hashing every message costs as much as judging it: skip it while nothing is suppressed.
    if (suppressions.size > 0 && suppressions.has(falseAlarmKey(message.conversationKey, message.sender, message.text))) return ACCEPTED_VERDICT;
    return detect(message);
  };
}

/**
 * Text folded so that "similar" messages share a key: case, accents (đ → d), punctuation,
 * spacing and the digits of numbers (codes, amounts, times) do not matter.
 */
export function similarText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\d+/g, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Key of "this sender's similar message in this conversation" (a hash: no text is kept). */
export function falseAlarmKey(conversationKey: string, sender: string | undefined, text: string): string {
  return `fa:${hashText(`${conversationKey}\u0000${sender ?? ''}\u0000${similarText(text)}`)}`;
}
