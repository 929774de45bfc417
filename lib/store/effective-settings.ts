// The settings every part of the extension acts on: local settings, then (school/family IT)
// the managed policy on top. Content scripts, popup and options all read through here.
import { loadLocalSettings, onLocalSettingsChanged } from './settings-storage';
import { isPaused, type Settings, type SettingsProblem } from './settings';
import type { DetectorOptions } from '../detect/types';

export interface EffectiveSettings {
  settings: Settings;
  /** Local values that were invalid and fell back to defaults. */
  problems: SettingsProblem[];
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const local = await loadLocalSettings();
  return { settings: local.settings, problems: local.problems };
}

export function watchEffectiveSettings(callback: (effective: EffectiveSettings) => void): () => void {
  return onLocalSettingsChanged(() => {
    void loadEffectiveSettings().then(callback);
  });
}

/** What the engine needs; a paused extension judges nothing. */
export function toDetectorOptions(settings: Settings, now = Date.now()): DetectorOptions {
  return {
    sensitivity: isPaused(settings, now) ? 'off' : settings.sensitivity,
    disabledCategories: settings.disabledCategories,
    customPhrases: settings.customPhrases,
    allowPhrases: settings.allowPhrases,
  };
}
