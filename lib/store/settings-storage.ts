// Reading and writing settings in storage.local; validation lives in ./settings.
import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from './settings';

export async function loadLocalSettings(): Promise<ParsedSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const parsed = parseSettings(stored[SETTINGS_KEY]);
  if (parsed.problems.length) {
    console.warn('[Not Alone] Some stored settings were invalid and use their default:', parsed.problems);
  }
  return parsed;
}

export async function saveLocalSettings(settings: Settings): Promise<void> {
  const { settings: valid } = parseSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: valid });
}

/** Calls back whenever the stored settings change; returns the unsubscribe function. */
export function onLocalSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  // `storage` is gone in an orphaned content script (extension updated or reloaded).
  return () => browser.storage?.onChanged.removeListener(listener);
}
