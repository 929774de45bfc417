// Strings for the extension's own pages (welcome, options, popup). They can be shown in a
// language other than the browser's (the welcome page lets the parent switch), so the three
// packaged message files are bundled here instead of going through browser.i18n alone.
import type { Lang } from '@/lib/detect/types';
import type { PageLanguage } from '@/lib/store/settings';
import { uiLanguage } from '@/lib/ui/i18n';
import { formatMessage, type Bundle } from '@/lib/ui/locale-bundle';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import vi from '@/public/_locales/vi/messages.json';


const BUNDLES: Record<Lang, Bundle> = { en, fr, vi } as Record<Lang, Bundle>;

// Decided on first use (not at import), so the pages follow the stored choice from the start.
let chosen: Lang | null = null;
const current = (): Lang => (chosen ??= uiLanguage());

/** The language pages use now. */
export function pageLang(): Lang {
  return current();
}

/** Follow the user's choice ('auto' = the browser's language); returns the language in use. */
export function setPageLanguage(choice: PageLanguage): Lang {
  chosen = choice === 'auto' ? uiLanguage() : choice;
  document.documentElement.lang = chosen;
  return chosen;
}

/**
 * The message for `key` in the page language, with `$1`… and named `$NAME$` placeholders
 * filled like browser.i18n does. A missing key shows the key itself, never a blank.
 */
export function tr(key: string, substitutions: string | readonly string[] = []): string {
  const entry = BUNDLES[current()][key] ?? BUNDLES.en[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

/** Numbers and dates in the page language. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(current()).format(n);
}

export function formatDateTime(time: number): string {
  return new Intl.DateTimeFormat(current(), { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

export function formatDay(day: string, style: 'short' | 'long' = 'short'): string {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return new Intl.DateTimeFormat(current(), style === 'short' ? { day: 'numeric', month: 'numeric' } : { dateStyle: 'full' }).format(date);
}
