// The card's language: the parent's choice on the options page (settings.language), else the
// browser's. browser.i18n only speaks the browser's language, so for another choice the worker
// hands over that language's card strings (lib/ui/card-strings.ts); until they arrive, or if the
// worker cannot answer, the card speaks the browser's language rather than nothing.
import type { Lang } from '@/lib/detect/types';
import type { PageLanguage } from '@/lib/store/settings';
import { t, uiLanguage } from '@/lib/ui/i18n';
import { formatMessage, type Bundle } from '@/lib/ui/locale-bundle';

let strings: Bundle | null = null;
let lang: Lang | null = null;
/** Bumped on every change, so a slow answer for an older setting is ignored. */
let generation = 0;

/** The language cards are drawn in now. */
export function cardLang(): Lang {
  return lang ?? uiLanguage();
}

/** The language a setting asks for ('auto' = the browser's). */
export function chosenLang(setting: PageLanguage): Lang {
  return setting === 'auto' ? uiLanguage() : setting;
}

/**
 * Follow the setting. `load` fetches another language's strings (from the worker); resolves
 * once the card can speak it, or has fallen back to the browser's language.
 */
export async function setCardLanguage(setting: PageLanguage, load: (lang: Lang) => Promise<Bundle | null>): Promise<void> {
  const next = chosenLang(setting);
  const mine = ++generation;
  if (next === uiLanguage()) {
    strings = null;
    lang = null;
    return;
  }
  const loaded = await load(next).catch(() => null);
  // A later setting may have won the race.
  if (mine !== generation) return;
  strings = loaded && Object.keys(loaded).length > 0 ? loaded : null;
  lang = strings ? next : null;
}

/** The card's text for `key` in the card language; the key itself when missing (never blank). */
export function ct(key: string, substitutions?: string | string[]): string {
  const entry = strings?.[key];
  return entry ? formatMessage(entry, substitutions) : t(key, substitutions);
}
