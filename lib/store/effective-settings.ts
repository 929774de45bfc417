// The settings every part of the extension acts on: local settings, then (school/family IT)
// the managed policy on top. Content scripts, popup and options all read through here.
import { loadLocalSettings, onLocalSettingsChanged } from './settings-storage';
import { isPaused, type Settings, type SettingsProblem } from './settings';
import type { DetectorOptions } from '../detect/types';

/** What a managed policy (school / family IT) imposes; see docs/deploy. */
export interface PolicyState {
  /** True when a policy with at least one valid value is present. */
  present: boolean;
  /** `lockSettings`: the user cannot change settings or pause protection. */
  locked: boolean;
  organizationName?: string;
  /** Settings fields that the policy sets (shown as locked / floored in the options page). */
  managedFields: (keyof Settings)[];
  /** Policy values that were invalid and ignored, one by one, with the reason. */
  ignored: SettingsProblem[];
}

export const NO_POLICY: PolicyState = Object.freeze({ present: false, locked: false, managedFields: [], ignored: [] });

export interface EffectiveSettings {
  /** Local settings with the policy applied on top. */
  settings: Settings;
  /** The user's own stored settings, before the policy. */
  local: Settings;
  /** Local values that were invalid and fell back to defaults. */
  problems: SettingsProblem[];
  policy: PolicyState;
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const local = await loadLocalSettings();
  return { settings: local.settings, local: local.settings, problems: local.problems, policy: NO_POLICY };
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
