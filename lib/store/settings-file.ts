// Export and import of settings (never events) as a JSON file. Import is strict: a file with
// any invalid or unknown value is rejected as a whole, with one clear reason per problem.
import * as v from 'valibot';
import { migrateSettings, SETTINGS_FIELDS, SETTINGS_VERSION, type Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'not-alone-settings';
/** A settings file is a few kilobytes; anything far larger is not one. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** Fields that travel in a file. Setup mode and a running pause belong to this computer. */
export const EXPORTED_FIELDS = [
  'sensitivity',
  'disabledCategories',
  'disabledSites',
  'customPhrases',
  'allowPhrases',
  'helpRegion',
  'retentionDays',
  'genericSites',
  'language',
] as const satisfies readonly (keyof Settings)[];
type ExportedField = (typeof EXPORTED_FIELDS)[number];
export type ExportedSettings = Pick<Settings, ExportedField>;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: ExportedSettings;
}

export function exportSettings(settings: Settings, now = new Date()): string {
  const exported = Object.fromEntries(EXPORTED_FIELDS.map((field) => [field, settings[field]])) as ExportedSettings;
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: exported };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `not-alone-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-field'; field: string }
  | { code: 'invalid-field'; field: ExportedField; reason: string };

export type ImportResult = { ok: true; settings: Partial<ExportedSettings> } | { ok: false; errors: ImportError[] };

const FileShape = v.object({
  format: v.literal(SETTINGS_FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  settings: v.record(v.string(), v.unknown()),
});

/** Validates a settings file's text; on success returns the settings it sets. */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, errors: [{ code: 'too-large' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ code: 'not-json' }] };
  }
  const shape = v.safeParse(FileShape, raw);
  if (!shape.success) return { ok: false, errors: [{ code: 'wrong-format' }] };
  const { version, settings } = shape.output;
  if (version > SETTINGS_VERSION) return { ok: false, errors: [{ code: 'newer-version', version }] };
  const migrated = migrateSettings({ ...settings, version });
  const errors: ImportError[] = [];
  const out: Partial<Record<ExportedField, unknown>> = {};
  for (const field of Object.keys(migrated)) {
    if (field === 'version') continue;
    if (!(EXPORTED_FIELDS as readonly string[]).includes(field)) {
      errors.push({ code: 'unknown-field', field });
      continue;
    }
    const key = field as ExportedField;
    const result = v.safeParse(SETTINGS_FIELDS[key], migrated[key]);
    if (result.success) out[key] = result.output;
    else errors.push({ code: 'invalid-field', field: key, reason: result.issues[0]?.message ?? 'invalid' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings: out as Partial<ExportedSettings> };
}
