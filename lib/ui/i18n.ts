// Localised strings from public/_locales through the extension's i18n API.
import { browser } from 'wxt/browser';

/** The message for `key`, or the key itself when missing (so a gap is visible, never blank). */
export function t(key: string, substitutions?: string | string[]): string {
  // Keys are built at run time (`risk_${category}`), so the generated key union cannot type them.
  return browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions) || key;
}

let cachedLanguage: 'vi' | 'fr' | 'en' | undefined;

/** The extension's UI language: 'vi', 'fr' or 'en' (the browser's; it cannot change while a page lives). */
export function uiLanguage(): 'vi' | 'fr' | 'en' {
  if (cachedLanguage) return cachedLanguage;
  const lang = browser.i18n.getUILanguage().toLowerCase();
  cachedLanguage = lang.startsWith('vi') ? 'vi' : lang.startsWith('fr') ? 'fr' : 'en';
  return cachedLanguage;
}
