// The managed policy a school or family IT sets (Chrome/Edge: `3rdparty` extension policy;
// Firefox: policies.json `3rdparty`), read from storage.managed. Parsed key by key with valibot:
// one bad value (or one bad list entry) is ignored with a reason, the rest still applies.
// The keys are a public contract (docs/deploy/README.md, public/managed_schema.json).
import * as v from 'valibot';
import { CATEGORIES, SENSITIVITIES, type Category, type CustomPhrase, type Sensitivity } from '../detect/types';
import { SITE_IDS, type SiteId } from '../sites/types';
import { HELP_REGIONS } from '../tips/help-lines';
import { MAX_PHRASES, MAX_PHRASE_LENGTH, type SettingsProblem } from './settings';

export const POLICY_KEYS = [
  'sensitivity',
  'disabledCategories',
  'disabledSites',
  'lockSettings',
  'organizationName',
  'helpRegion',
  'retentionDays',
  'customPhrases',
  'allowPhrases',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** A policy may set a floor, never 'off': protection can't be switched off by policy. */
export const POLICY_SENSITIVITIES = ['low', 'balanced', 'strict'] as const;
export type PolicySensitivity = (typeof POLICY_SENSITIVITIES)[number];

export const MAX_ORGANIZATION_NAME_LENGTH = 80;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
/** Values quoted back in a problem are cut to this length (the options page lists them). */
const MAX_QUOTED_VALUE_LENGTH = 60;

/** The valid values of a policy; a key is absent when the policy does not set it (or it was invalid). */
export interface ManagedPolicy {
  sensitivity?: PolicySensitivity;
  disabledCategories?: Category[];
  disabledSites?: SiteId[];
  lockSettings?: boolean;
  organizationName?: string;
  helpRegion?: string;
  retentionDays?: number;
  customPhrases?: CustomPhrase[];
  allowPhrases?: string[];
}

/** Why a policy value was ignored, as a locale key suffix: `policy_problem_<code>`. */
export type PolicyProblemCode =
  | 'not_an_object'
  | 'unknown_key'
  | 'wrong_type'
  | 'unknown_sensitivity'
  | 'unknown_category'
  | 'unknown_site'
  | 'bad_region'
  | 'empty_text'
  | 'too_long'
  | 'too_many'
  | 'out_of_range';

export interface PolicyProblem extends SettingsProblem {
  /** The policy key, with the list index when one entry was ignored: `disabledSites[2]`. */
  field: string;
  code: PolicyProblemCode;
  /** The ignored value, as short text. */
  value: string;
  /** For the options page: `t(problem.messageKey, problem.substitutions)` (field, value). */
  messageKey: `policy_problem_${PolicyProblemCode}`;
  substitutions: [string, string];
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** True when the managed object held anything at all (even only invalid values). */
  found: boolean;
  ignored: PolicyProblem[];
}

const REASONS: Record<PolicyProblemCode, string> = {
  not_an_object: 'the policy is not an object',
  unknown_key: 'not a Not Alone policy key',
  wrong_type: 'wrong type',
  unknown_sensitivity: `not one of ${POLICY_SENSITIVITIES.join(', ')}`,
  unknown_category: `not a category (${CATEGORIES.join(', ')})`,
  unknown_site: `not a site id (${SITE_IDS.join(', ')})`,
  bad_region: `not a help-line region (${HELP_REGIONS.join(', ')}, auto)`,
  empty_text: 'empty text',
  too_long: 'too long',
  too_many: `more than ${MAX_PHRASES} entries`,
  out_of_range: `not a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`,
};

function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_QUOTED_VALUE_LENGTH ? `${text.slice(0, MAX_QUOTED_VALUE_LENGTH - 1)}…` : text;
}

function problem(field: string, code: PolicyProblemCode, value: unknown): PolicyProblem {
  const quoted = quote(value);
  return {
    field,
    code,
    value: quoted,
    reason: `${quoted}: ${REASONS[code]}`,
    messageKey: `policy_problem_${code}`,
    substitutions: [field, quoted],
  };
}

/** Record why `value` is ignored; returns null so parsers can `return ignore(...)`. */
function ignore(ignored: PolicyProblem[], field: string, code: PolicyProblemCode, value: unknown): null {
  ignored.push(problem(field, code, value));
  return null;
}

// One valibot schema per check; each failure maps to the reason code next to it.
type Check = readonly [v.GenericSchema, PolicyProblemCode];
const stringSchema = v.string();
const listSchema = v.array(v.unknown());
const isString: Check = [stringSchema, 'wrong_type'];
const notEmpty: Check = [v.pipe(v.string(), v.trim(), v.minLength(1)), 'empty_text'];
const phraseLength: Check = [v.pipe(v.string(), v.trim(), v.maxLength(MAX_PHRASE_LENGTH)), 'too_long'];

/** The first failing check's code, or null when `value` passes them all. */
function firstFailure(value: unknown, checks: readonly Check[]): PolicyProblemCode | null {
  for (const [schema, code] of checks) if (!v.is(schema, value)) return code;
  return null;
}

/** A policy list: each entry checked on its own; bad entries ignored one by one; duplicates dropped. */
function parseList<T>(
  key: PolicyKey,
  raw: unknown,
  ignored: PolicyProblem[],
  entry: (value: unknown, field: string) => T | null,
  identity: (value: T) => string = String,
): T[] | undefined {
  if (!v.is(listSchema, raw)) {
    ignore(ignored, key, 'wrong_type', raw);
    return undefined;
  }
  const out: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const field = `${key}[${index}]`;
    if (out.length >= MAX_PHRASES) {
      if (index === MAX_PHRASES) ignore(ignored, key, 'too_many', raw.length);
      return;
    }
    const value = entry(item, field);
    if (value === null) return;
    const id = identity(value);
    if (seen.has(id)) return;
    seen.add(id);
    out.push(value);
  });
  return out;
}

function picklistEntry<T extends string>(options: readonly T[], code: PolicyProblemCode, ignored: PolicyProblem[]) {
  const schema = v.picklist(options);
  return (value: unknown, field: string): T | null => {
    if (!v.is(stringSchema, value)) return ignore(ignored, field, 'wrong_type', value);
    const normal = value.trim().toLowerCase();
    if (!v.is(schema, normal)) return ignore(ignored, field, code, value);
    return normal;
  };
}

function phraseEntry(ignored: PolicyProblem[]) {
  return (value: unknown, field: string): string | null => {
    const code = firstFailure(value, [isString, notEmpty, phraseLength]);
    if (code) return ignore(ignored, field, code, value);
    return (value as string).trim();
  };
}

const customPhraseShape = v.object({ text: v.unknown(), category: v.unknown() });

function customPhraseEntry(ignored: PolicyProblem[]) {
  const text = phraseEntry(ignored);
  const category = picklistEntry(CATEGORIES, 'unknown_category', ignored);
  return (value: unknown, field: string): CustomPhrase | null => {
    if (!v.is(customPhraseShape, value)) return ignore(ignored, field, 'wrong_type', value);
    const t = text(value.text, `${field}.text`);
    const c = category(value.category, `${field}.category`);
    return t !== null && c !== null ? { text: t, category: c } : null;
  };
}

/** Each key's parser: its valid value, or null/undefined when it was ignored (and recorded). */
const KEY_PARSERS: { [K in PolicyKey]: (raw: unknown, ignored: PolicyProblem[]) => ManagedPolicy[K] | null | undefined } = {
  sensitivity(raw, ignored) {
    return picklistEntry(POLICY_SENSITIVITIES, 'unknown_sensitivity', ignored)(raw, 'sensitivity');
  },
  disabledCategories: (raw, ignored) =>
    parseList('disabledCategories', raw, ignored, picklistEntry(CATEGORIES, 'unknown_category', ignored)),
  disabledSites: (raw, ignored) =>
    parseList('disabledSites', raw, ignored, picklistEntry(SITE_IDS, 'unknown_site', ignored)),
  lockSettings(raw, ignored) {
    return v.is(v.boolean(), raw) ? raw : ignore(ignored, 'lockSettings', 'wrong_type', raw);
  },
  organizationName(raw, ignored) {
    const code = firstFailure(raw, [
      isString,
      notEmpty,
      [v.pipe(v.string(), v.trim(), v.maxLength(MAX_ORGANIZATION_NAME_LENGTH)), 'too_long'],
    ]);
    if (code) return ignore(ignored, 'organizationName', code, raw);
    // Shown as text in the options page, popup and warning footer; collapse any line breaks.
    return (raw as string).trim().replace(/\s+/g, ' ');
  },
  helpRegion(raw, ignored) {
    if (!v.is(stringSchema, raw)) return ignore(ignored, 'helpRegion', 'wrong_type', raw);
    const normal = raw.trim().toLowerCase() === 'auto' ? 'auto' : raw.trim().toUpperCase();
    if (normal !== 'auto' && !(HELP_REGIONS as readonly string[]).includes(normal)) {
      return ignore(ignored, 'helpRegion', 'bad_region', raw);
    }
    return normal;
  },
  retentionDays(raw, ignored) {
    const schema = v.pipe(v.number(), v.integer(), v.minValue(MIN_RETENTION_DAYS), v.maxValue(MAX_RETENTION_DAYS));
    if (v.is(schema, raw)) return raw;
    return ignore(ignored, 'retentionDays', typeof raw === 'number' ? 'out_of_range' : 'wrong_type', raw);
  },
  customPhrases: (raw, ignored) =>
    parseList('customPhrases', raw, ignored, customPhraseEntry(ignored), (p) => `${p.category}\u0000${p.text.toLowerCase()}`),
  allowPhrases: (raw, ignored) =>
    parseList('allowPhrases', raw, ignored, phraseEntry(ignored), (p) => p.toLowerCase()),
};

/**
 * Parse what storage.managed returned. Chrome drops values whose JSON type contradicts
 * managed_schema.json before we see them; Firefox has no schema, so every check happens here.
 */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const ignored: PolicyProblem[] = [];
  const policy: ManagedPolicy = {};
  if (raw === undefined || raw === null) return { policy, found: false, ignored };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, found: true, ignored: [problem('*', 'not_an_object', raw)] };
  }
  const source = raw as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) ignore(ignored, key, 'unknown_key', source[key]);
  }
  for (const key of POLICY_KEYS) {
    if (!(key in source) || source[key] === undefined) continue;
    const value = KEY_PARSERS[key](source[key], ignored);
    if (value !== undefined && value !== null) (policy as Record<string, unknown>)[key] = value;
  }
  return { policy, found: Object.keys(source).length > 0, ignored };
}

/** off < low < balanced < strict. */
export function sensitivityRank(level: Sensitivity): number {
  return SENSITIVITIES.indexOf(level);
}

/** The higher of the user's level and the policy's floor. */
export function applySensitivityFloor(level: Sensitivity, floor: PolicySensitivity | undefined): Sensitivity {
  return floor && sensitivityRank(level) < sensitivityRank(floor) ? floor : level;
}
