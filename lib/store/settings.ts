// Settings: one versioned object in storage.local under SETTINGS_KEY, validated field by field
// with valibot so one bad value falls back to its default without losing the others.
import * as v from 'valibot';
import { CATEGORIES, SENSITIVITIES, type Category, type CustomPhrase, type Sensitivity } from '../detect/types';
import { SITE_IDS, type SiteId } from '../sites/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;
export const MAX_PHRASE_LENGTH = 200;
export const MAX_PHRASES = 500;

export type SetupMode = 'unset' | 'parent' | 'teen';
/** Language of the extension's own pages: 'auto' follows the browser. */
export const PAGE_LANGUAGES = ['auto', 'vi', 'en', 'fr'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];
/** Bounds of `retentionDays` (the options page offers them; the schema enforces them). */
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

export interface Settings {
  version: number;
  sensitivity: Sensitivity;
  disabledCategories: Category[];
  disabledSites: SiteId[];
  customPhrases: CustomPhrase[];
  allowPhrases: string[];
  /** 'auto' = from the browser locale; otherwise a region code of lib/tips/help-lines. */
  helpRegion: string;
  retentionDays: number;
  mode: SetupMode;
  /** Protection paused until this time (ms since epoch); 0 = not paused. */
  pausedUntil: number;
  /** Hostnames where the parent enabled the generic chat fallback. */
  genericSites: string[];
  /** Language of the welcome, options and popup pages ('auto' = the browser's). */
  language: PageLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  sensitivity: 'balanced',
  // Bullying is flagged from Balanced up; the engine's Low threshold leaves it out.
  disabledCategories: [],
  disabledSites: [],
  customPhrases: [],
  allowPhrases: [],
  helpRegion: 'auto',
  retentionDays: 90,
  mode: 'unset',
  pausedUntil: 0,
  genericSites: [],
  language: 'auto',
});

const phraseText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_PHRASE_LENGTH));

/** One schema per field, so each is validated (and defaulted) on its own. */
export const SETTINGS_FIELDS = {
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sensitivity: v.picklist(SENSITIVITIES),
  disabledCategories: v.array(v.picklist(CATEGORIES)),
  disabledSites: v.array(v.picklist(SITE_IDS)),
  customPhrases: v.pipe(
    v.array(v.object({ text: phraseText, category: v.picklist(CATEGORIES) })),
    v.maxLength(MAX_PHRASES),
  ),
  allowPhrases: v.pipe(v.array(phraseText), v.maxLength(MAX_PHRASES)),
  helpRegion: v.pipe(v.string(), v.regex(/^(auto|[A-Z]{2}|INTL)$/)),
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(MIN_RETENTION_DAYS), v.maxValue(MAX_RETENTION_DAYS)),
  mode: v.picklist(['unset', 'parent', 'teen']),
  pausedUntil: v.pipe(v.number(), v.minValue(0)),
  genericSites: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+$/))), v.maxLength(MAX_PHRASES)),
  language: v.picklist(PAGE_LANGUAGES),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

export interface SettingsProblem {
  field: string;
  /** Short technical reason (for logs and the options page's notice). */
  reason: string;
}

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid and fell back to their default. */
  problems: SettingsProblem[];
}

/** Validate a stored value; anything missing or invalid becomes the default, and says so. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_SETTINGS }, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: [{ field: '*', reason: 'not an object' }] };
  }
  const source = migrateSettings(raw as Record<string, unknown>);
  const settings = { ...DEFAULT_SETTINGS } as Settings;
  for (const field of Object.keys(SETTINGS_FIELDS) as (keyof Settings)[]) {
    if (!(field in source)) continue;
    const result = v.safeParse(SETTINGS_FIELDS[field], source[field]);
    if (result.success) (settings as unknown as Record<string, unknown>)[field] = result.output;
    else problems.push({ field, reason: result.issues[0]?.message ?? 'invalid' });
  }
  settings.version = SETTINGS_VERSION;
  return { settings, problems };
}

/** Upgrade older stored shapes to the current version (each step documented by its version). */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  const version = typeof raw.version === 'number' ? raw.version : 0;
  let out = { ...raw };
  if (version < 1) {
    // v0 (pre-release) stored the level under `level`.
    if (!('sensitivity' in out) && typeof out.level === 'string') out.sensitivity = out.level;
    delete out.level;
  }
  out.version = SETTINGS_VERSION;
  return out;
}

export function isPaused(settings: Settings, now = Date.now()): boolean {
  return settings.pausedUntil > now;
}

/** "Pause for 1 hour" in the popup. */
export const PAUSE_MS = 60 * 60 * 1000;

export type PhraseProblem = 'empty' | 'too-long' | 'duplicate' | 'too-many';

/**
 * Why a custom or allowed phrase cannot be added (null = it can). Phrases are literal text:
 * special characters are kept as typed, compared without case or surrounding spaces.
 */
export function checkPhrase(text: string, existing: readonly string[]): PhraseProblem | null {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > MAX_PHRASE_LENGTH) return 'too-long';
  const key = trimmed.toLocaleLowerCase();
  if (existing.some((phrase) => phrase.trim().toLocaleLowerCase() === key)) return 'duplicate';
  if (existing.length >= MAX_PHRASES) return 'too-many';
  return null;
}
