// The settings every part of the extension acts on: local settings, then (school/family IT)
// the managed policy on top. Content scripts, popup and options all read through here.
import { browser } from 'wxt/browser';
import { loadLocalSettings, onLocalSettingsChanged } from './settings-storage';
import { DEFAULT_SETTINGS, isPaused, MAX_PHRASES, type Settings, type SettingsProblem } from './settings';
import {
  applySensitivityFloor,
  parsePolicy,
  type ManagedPolicy,
  type ParsedPolicy,
  type PolicyProblem,
  type PolicySensitivity,
} from './policy';
import type { Category, CustomPhrase, DetectorOptions, Sensitivity } from '../detect/types';

/**
 * What a managed policy (school / family IT) imposes; see docs/deploy/README.md.
 *
 * For the options page and popup (render `EffectiveSettings.settings`, not `local`):
 * - `locked`: every setting is read-only ("Set by {organizationName}") and pause is hidden;
 * - otherwise a field in `managedFields` is managed: `helpRegion` / `retentionDays` are fixed
 *   (use `isFieldLocked`); `sensitivity` is a floor (`isSensitivityAllowed`); the policy's
 *   categories, sites and phrases are fixed entries (`isCategoryForcedOff`, `isSiteForcedOff`,
 *   `values.customPhrases`, `values.allowPhrases`) and the user may add more;
 * - `ignored`: list each with `t(problem.messageKey, problem.substitutions)`;
 * - `present`: no first-run chooser.
 */
export interface PolicyState {
  /** True when a policy with at least one valid value is present. */
  present: boolean;
  /** `lockSettings`: the user cannot change settings or pause protection. */
  locked: boolean;
  organizationName?: string;
  /** Settings fields that the policy sets (shown as locked / floored in the options page). */
  managedFields: (keyof Settings)[];
  /** Policy values that were invalid and ignored, one by one, with the reason. */
  ignored: PolicyProblem[];
  /** The policy's valid values, as the administrator set them. */
  values: ManagedPolicy;
  /** The lowest sensitivity the user may choose; undefined = any. */
  sensitivityFloor?: PolicySensitivity;
  /** False when the policy locks settings: no pause button, `pausedUntil` is ignored. */
  canPause: boolean;
}

export const NO_POLICY: PolicyState = Object.freeze({
  present: false,
  locked: false,
  managedFields: [],
  ignored: [],
  values: {},
  canPause: true,
});

export interface EffectiveSettings {
  /** Local settings with the policy applied on top. */
  settings: Settings;
  /** The user's own stored settings, before the policy. */
  local: Settings;
  /** Local values that were invalid and fell back to defaults. */
  problems: SettingsProblem[];
  policy: PolicyState;
}

/** Policy keys that map onto a settings field of the same name. */
const POLICY_FIELDS = [
  'sensitivity',
  'disabledCategories',
  'disabledSites',
  'helpRegion',
  'retentionDays',
  'customPhrases',
  'allowPhrases',
] as const satisfies readonly (keyof ManagedPolicy & keyof Settings)[];

/**
 * Read storage.managed. Firefox without a policies.json entry rejects ("Managed storage manifest
 * not found"), some browsers lack the area: both simply mean "no policy", without noise.
 */
export async function readManagedStorage(): Promise<unknown> {
  const managed = browser.storage?.managed;
  if (!managed) return undefined;
  try {
    return await managed.get();
  } catch {
    return undefined;
  }
}

/**
 * Chromium answers the first storage.managed read after the browser starts only after ~2.5 s
 * (measured: first mark on a chat page 2.6 s instead of 0.2 s). So pages wait at most
 * MANAGED_WAIT_MS for it and meanwhile use the last policy seen, mirrored in storage.local;
 * when the real answer differs, the mirror is updated and watchers re-apply it.
 */
export const MANAGED_WAIT_MS = 250;
export const POLICY_MIRROR_KEY = 'managedPolicyMirror';
const TIMED_OUT = Symbol('timed out');

function isEmptyPolicy(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);
}

function samePolicy(a: unknown, b: unknown): boolean {
  return isEmptyPolicy(a) ? isEmptyPolicy(b) : JSON.stringify(a) === JSON.stringify(b);
}

async function readPolicyMirror(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(POLICY_MIRROR_KEY))[POLICY_MIRROR_KEY];
  } catch {
    return undefined;
  }
}

/**
 * Set once the managed policy has answered in this browser profile (a policy or none). Until
 * then the mirror may not know a policy that exists, so content scripts hold back what a policy
 * could switch off (entrypoints/chat.content/policy-gate.ts).
 */
export const POLICY_READ_KEY = 'managedPolicyRead';
/** With no answer from managed storage for this long, pages go on with the settings they have. */
export const POLICY_FIRST_READ_MAX_MS = 5000;

/** Read the managed policy and bring the mirror up to date; returns the managed value. */
export async function refreshPolicyMirror(): Promise<unknown> {
  const managed = await readManagedStorage();
  // Read after the (possibly slow) managed answer: tabs that started together then see each
  // other's update and don't all write the same mirror.
  const stored = await browser.storage.local.get([POLICY_MIRROR_KEY, POLICY_READ_KEY]).catch(() => ({}) as Record<string, unknown>);
  if (!samePolicy(managed, stored[POLICY_MIRROR_KEY])) {
    const write = isEmptyPolicy(managed)
      ? browser.storage.local.remove(POLICY_MIRROR_KEY)
      : browser.storage.local.set({ [POLICY_MIRROR_KEY]: managed });
    await write.catch(() => undefined);
  }
  // After the mirror: whoever sees the flag also sees the policy it stands for.
  if (stored[POLICY_READ_KEY] !== true) await browser.storage.local.set({ [POLICY_READ_KEY]: true }).catch(() => undefined);
  return managed;
}

/** Has managed storage answered at least once in this browser profile? */
export async function policyReadInThisProfile(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(POLICY_READ_KEY))[POLICY_READ_KEY] === true;
  } catch {
    return false;
  }
}

/** Resolves once managed storage has answered (and the mirror holds it), or after `maxMs`. */
export async function waitForPolicyRead(maxMs = POLICY_FIRST_READ_MAX_MS): Promise<'read' | 'timed out'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), maxMs);
  });
  const read = refreshPolicyMirror().then(
    () => 'read' as const,
    () => 'read' as const,
  );
  const result = await Promise.race([read, timeout]);
  clearTimeout(timer);
  return result;
}

/**
 * Answers this page or worker gave from the mirror: each resolves to true when the exact read
 * that followed differed. Watchers registered later (a content script compiles its engine
 * first) check them, so a correction that landed in between is not missed. Only the first
 * seconds after the browser starts produce these, so the list stays short.
 */
const provisionalAnswers: Promise<boolean>[] = [];

/** The managed policy if it answers within MANAGED_WAIT_MS, else the mirrored one. */
async function readPolicyQuickly(): Promise<unknown> {
  const exact = refreshPolicyMirror();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), MANAGED_WAIT_MS);
  });
  const first = await Promise.race([exact, timeout]);
  clearTimeout(timer);
  if (first !== TIMED_OUT) return first;
  const mirrored = await readPolicyMirror();
  provisionalAnswers.push(exact.then((value) => !samePolicy(value, mirrored)));
  return mirrored;
}

function union<T>(a: readonly T[], b: readonly T[], key: (item: T) => string = String): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of [...a, ...b]) {
    const id = key(item);
    if (seen.has(id) || out.length >= MAX_PHRASES) continue;
    seen.add(id);
    out.push(item);
  }
  return out;
}

const phraseKey = (p: CustomPhrase) => `${p.category}\u0000${p.text.toLowerCase()}`;
const textKey = (p: string) => p.toLowerCase();

/**
 * Apply a parsed policy to the user's settings.
 * Not locked: sensitivity is at least the floor, disabled lists and phrases are unions,
 * helpRegion and retentionDays are the policy's. Locked: the organisation's values, and the
 * defaults where the policy is silent, for everything that could weaken protection; no pause.
 */
export function applyPolicy(local: Settings, parsed: ParsedPolicy): { settings: Settings; policy: PolicyState } {
  const values = parsed.policy;
  const managedFields = POLICY_FIELDS.filter((field) => values[field] !== undefined);
  const locked = values.lockSettings === true;
  const present = Object.keys(values).length > 0;
  const policy: PolicyState = {
    present,
    locked,
    organizationName: values.organizationName,
    managedFields,
    ignored: parsed.ignored,
    values,
    sensitivityFloor: values.sensitivity,
    canPause: !locked,
  };
  if (!present) return { settings: { ...local }, policy };

  const base = locked
    ? {
        ...local,
        sensitivity: DEFAULT_SETTINGS.sensitivity,
        disabledCategories: [],
        disabledSites: [],
        customPhrases: [],
        allowPhrases: [],
        pausedUntil: 0,
      }
    : local;
  const settings: Settings = {
    ...base,
    sensitivity: locked ? (values.sensitivity ?? base.sensitivity) : applySensitivityFloor(base.sensitivity, values.sensitivity),
    disabledCategories: union(base.disabledCategories, values.disabledCategories ?? []),
    disabledSites: union(base.disabledSites, values.disabledSites ?? []),
    customPhrases: union(values.customPhrases ?? [], base.customPhrases, phraseKey),
    allowPhrases: union(values.allowPhrases ?? [], base.allowPhrases, textKey),
    helpRegion: values.helpRegion ?? base.helpRegion,
    retentionDays: values.retentionDays ?? base.retentionDays,
  };
  return { settings, policy };
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([loadLocalSettings(), readPolicyQuickly()]);
  const parsed = parsePolicy(managed);
  if (parsed.ignored.length) {
    console.warn('[Not Alone] Some managed policy values were invalid and are ignored:', parsed.ignored);
  }
  const { settings, policy } = applyPolicy(local.settings, parsed);
  return { settings, local: local.settings, problems: local.problems, policy };
}

/**
 * Calls back with fresh effective settings when local settings or the managed policy change
 * (Chromium fires storage.onChanged for `managed` ~5 s after a policy file changes; Firefox
 * reads policies.json only at startup). Unchanged results are not delivered twice.
 */
export function watchEffectiveSettings(callback: (effective: EffectiveSettings) => void): () => void {
  let latest = 0;
  let delivered = '';
  const reload = () => {
    const request = ++latest;
    void loadEffectiveSettings().then((effective) => {
      // Two quick changes: only the newest read is delivered, never an older one after it.
      if (request !== latest) return;
      const key = JSON.stringify(effective);
      if (key === delivered) return;
      delivered = key;
      callback(effective);
    });
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && POLICY_MIRROR_KEY in changes)) reload();
  };
  browser.storage.onChanged.addListener(onChanged);
  const stopLocal = onLocalSettingsChanged(reload);
  for (const differed of provisionalAnswers) void differed.then((yes) => yes && reload());
  return () => {
    // After an update or reload the orphaned content script's APIs are gone: stop quietly.
    browser.storage?.onChanged.removeListener(onChanged);
    stopLocal();
  };
}

/** The options page shows this control read-only (the whole field is set by the policy). */
export function isFieldLocked(policy: PolicyState, field: keyof Settings): boolean {
  if (policy.locked) return true;
  return (field === 'helpRegion' || field === 'retentionDays') && policy.managedFields.includes(field);
}

/**
 * May the user choose this level? Not below the policy's floor; none when settings are locked
 * (then every radio, the checked one too, is shown disabled). `current` is not needed to decide.
 */
export function isSensitivityAllowed(policy: PolicyState, level: Sensitivity, _current?: Sensitivity): boolean {
  if (policy.locked) return false;
  return applySensitivityFloor(level, policy.sensitivityFloor) === level;
}

/** The policy switches this category off; the user cannot switch it back on. */
export function isCategoryForcedOff(policy: PolicyState, category: Category): boolean {
  return policy.values.disabledCategories?.includes(category) ?? false;
}

/** The policy switches protection off on this site; the user cannot switch it back on. */
export function isSiteForcedOff(policy: PolicyState, site: Settings['disabledSites'][number]): boolean {
  return policy.values.disabledSites?.includes(site) ?? false;
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
