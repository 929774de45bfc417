// Settings as the pages see them: the effective settings (policy applied), reloaded whenever
// local settings or the policy change, and writes that touch only the user's own values.
import { useEffect, useState } from 'preact/hooks';
import { loadEffectiveSettings, watchEffectiveSettings, type EffectiveSettings } from '@/lib/store/effective-settings';
import type { Settings } from '@/lib/store/settings';
import { loadLocalSettings, saveLocalSettings } from '@/lib/store/settings-storage';
import { setPageLanguage } from './page-i18n';

type Listener = (patch: Partial<Settings>) => void;
const changeListeners = new Set<Listener>();

export function useEffectiveSettings(): EffectiveSettings | null {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let alive = true;
    const apply = (next: EffectiveSettings) => {
      if (!alive) return;
      setPageLanguage(next.local.language);
      setEffective(next);
    };
    // A change made here shows at once (controls stay where the user put them); the stored
    // result, with the policy applied, follows through storage.onChanged a moment later.
    const optimistic: Listener = (patch) =>
      setEffective((prev) => {
        if (!prev) return prev;
        if (patch.language) setPageLanguage(patch.language);
        return { ...prev, local: { ...prev.local, ...patch }, settings: { ...prev.settings, ...patch } };
      });
    changeListeners.add(optimistic);
    void loadEffectiveSettings().then(apply);
    const stop = watchEffectiveSettings(apply);
    return () => {
      alive = false;
      changeListeners.delete(optimistic);
      stop();
    };
  }, []);
  return effective;
}

/**
 * Change some of the user's own settings. Re-reads storage first so that two pages (or a popup
 * and the options page) never overwrite each other's changes with a stale copy; policy values
 * are never written into local settings.
 */
export async function updateLocalSettings(patch: Partial<Settings>): Promise<void> {
  for (const listener of changeListeners) listener(patch);
  const { settings } = await loadLocalSettings();
  await saveLocalSettings({ ...settings, ...patch });
  for (const listener of savedListeners) listener();
}

const savedListeners = new Set<() => void>();

/** True once a change made on this page has been saved (for a "Saved" announcement). */
export function useSavedFlag(): boolean {
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const listener = () => setSaved(true);
    savedListeners.add(listener);
    return () => void savedListeners.delete(listener);
  }, []);
  return saved;
}

/** `list` with `item` present (on) or absent (off), for the lists of switched-off things. */
export function switchedOff<T>(list: readonly T[], item: T, off: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return off ? [...rest, item] : rest;
}
