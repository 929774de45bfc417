// The warning card's strings in one language, handed by the worker to a content script when a
// parent chose a language other than the browser's (settings.language). The content script
// then carries no message file of its own: only the keys the card and the nudge use travel.
import type { Lang } from '../detect/types';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import type { Bundle } from './locale-bundle';

const BUNDLES: Record<Lang, Bundle> = { en, fr, vi } as Record<Lang, Bundle>;

/** Key prefixes of everything drawn inside a page: card, tips, help lines, reasons, nudge. */
export const CARD_KEY_PREFIXES = ['extName', 'warning', 'warn_', 'head_', 'risk_', 'tip_', 'help_', 'signal_', 'nudge_'] as const;

export function isCardKey(key: string): boolean {
  return CARD_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** The card's strings in `lang`. */
export function cardStrings(lang: Lang): Bundle {
  return Object.fromEntries(Object.entries(BUNDLES[lang]).filter(([key]) => isCardKey(key)));
}
