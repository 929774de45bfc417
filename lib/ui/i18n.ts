// Localised strings from public/_locales through the extension's i18n API.
import { browser } from 'wxt/browser';

/** The message for `key`, or the key itself when missing (so a gap is visible, never blank). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The extension's UI language: 'vi', 'fr' or 'en'. */
export function uiLanguage(): 'vi' | 'fr' | 'en' {
  const lang = browser.i18n.getUILanguage().toLowerCase();
  if (lang.startsWith('vi')) return 'vi';
  if (lang.startsWith('fr')) return 'fr';
  return 'en';
}
