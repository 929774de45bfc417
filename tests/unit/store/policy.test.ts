import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from '@/lib/detect/types';
import { SITE_IDS } from '@/lib/sites/types';
import { HELP_REGIONS } from '@/lib/tips/help-lines';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '@/lib/store/settings';
import { POLICY_KEYS, parsePolicy, type ManagedPolicy } from '@/lib/store/policy';
import {
  applyPolicy,
  isCategoryForcedOff,
  isFieldLocked,
  isSensitivityAllowed,
  loadEffectiveSettings,
  NO_POLICY,
  POLICY_MIRROR_KEY,
  POLICY_READ_KEY,
  policyReadInThisProfile,
  refreshPolicyMirror,
  waitForPolicyRead,
  toDetectorOptions,
  watchEffectiveSettings,
} from '@/lib/store/effective-settings';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const local = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });
const merge = (settings: Settings, raw: unknown) => applyPolicy(settings, parsePolicy(raw));

const FULL_POLICY: Required<ManagedPolicy> = {
  sensitivity: 'strict',
  disabledCategories: ['bullying'],
  disabledSites: ['reddit', 'x'],
  lockSettings: true,
  organizationName: 'Trường THCS Nguyễn Du',
  helpRegion: 'VN',
  retentionDays: 30,
  customPhrases: [{ text: 'gặp riêng nhé', category: 'grooming' }],
  allowPhrases: ['bóng đá'],
};

describe('parsePolicy', () => {
  it('keeps every valid key', () => {
    const { policy, ignored, found } = parsePolicy(FULL_POLICY);
    expect(ignored).toEqual([]);
    expect(found).toBe(true);
    expect(policy).toEqual(FULL_POLICY);
  });

  it.each([undefined, null, {}])('treats %j as no policy', (raw) => {
    const { policy, ignored } = parsePolicy(raw);
    expect(policy).toEqual({});
    expect(ignored).toEqual([]);
  });

  it.each(['strict', 42, [1]])('reports a managed value that is not an object (%j)', (raw) => {
    const { policy, ignored } = parsePolicy(raw);
    expect(policy).toEqual({});
    expect(ignored.map((p) => p.code)).toEqual(['not_an_object']);
  });

  it.each([
    ['sensitivity', 'extreme', 'sensitivity', 'unknown_sensitivity'],
    ['sensitivity', 'off', 'sensitivity', 'unknown_sensitivity'],
    ['sensitivity', 2, 'sensitivity', 'wrong_type'],
    ['lockSettings', 'yes', 'lockSettings', 'wrong_type'],
    ['organizationName', '   ', 'organizationName', 'empty_text'],
    ['organizationName', 'x'.repeat(81), 'organizationName', 'too_long'],
    ['organizationName', 7, 'organizationName', 'wrong_type'],
    ['helpRegion', 'Vietnam', 'helpRegion', 'bad_region'],
    ['helpRegion', 'DE', 'helpRegion', 'bad_region'],
    ['retentionDays', 0, 'retentionDays', 'out_of_range'],
    ['retentionDays', 4000, 'retentionDays', 'out_of_range'],
    ['retentionDays', 1.5, 'retentionDays', 'out_of_range'],
    ['retentionDays', '30', 'retentionDays', 'wrong_type'],
    ['disabledCategories', 'bullying', 'disabledCategories', 'wrong_type'],
    ['disabledSites', { zalo: true }, 'disabledSites', 'wrong_type'],
    ['customPhrases', 'gặp riêng', 'customPhrases', 'wrong_type'],
    ['allowPhrases', 'bóng đá', 'allowPhrases', 'wrong_type'],
  ])('ignores %s = %j and says why, keeping the other keys', (key, value, field, code) => {
    const { policy, ignored } = parsePolicy({ ...FULL_POLICY, [key]: value });
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ field, code, messageKey: `policy_problem_${code}` });
    expect(ignored[0]!.reason).toContain(ignored[0]!.value);
    expect(policy).not.toHaveProperty(key);
    expect(Object.keys(policy)).toHaveLength(POLICY_KEYS.length - 1);
  });

  it('ignores bad list entries one by one and keeps the good ones', () => {
    const { policy, ignored } = parsePolicy({
      disabledCategories: ['bullying', 'spam', 3, 'SCAM', 'bullying'],
      disabledSites: ['zalo', 'myspace'],
      customPhrases: [
        { text: 'gửi ảnh đi', category: 'sexual_request' },
        { text: '', category: 'scam' },
        { text: 'việc nhẹ lương cao', category: 'jobs' },
        'just text',
      ],
      allowPhrases: ['bóng đá', '', 'x'.repeat(201)],
    });
    expect(policy.disabledCategories).toEqual(['bullying', 'scam']);
    expect(policy.disabledSites).toEqual(['zalo']);
    expect(policy.customPhrases).toEqual([{ text: 'gửi ảnh đi', category: 'sexual_request' }]);
    expect(policy.allowPhrases).toEqual(['bóng đá']);
    expect(ignored.map((p) => [p.field, p.code])).toEqual([
      ['disabledCategories[1]', 'unknown_category'],
      ['disabledCategories[2]', 'wrong_type'],
      ['disabledSites[1]', 'unknown_site'],
      ['customPhrases[1].text', 'empty_text'],
      ['customPhrases[2].category', 'unknown_category'],
      ['customPhrases[3]', 'wrong_type'],
      ['allowPhrases[1]', 'empty_text'],
      ['allowPhrases[2]', 'too_long'],
    ]);
  });

  it('keeps the first 500 phrases of a longer list and says so once', () => {
    const phrases = Array.from({ length: 502 }, (_, i) => `cụm từ ${i}`);
    const { policy, ignored } = parsePolicy({ allowPhrases: phrases });
    expect(policy.allowPhrases).toHaveLength(500);
    expect(ignored).toMatchObject([{ field: 'allowPhrases', code: 'too_many', value: '502' }]);
  });

  it('reports unknown keys (a typo must not pass silently)', () => {
    const { policy, ignored } = parsePolicy({ lockSetting: true, sensitivity: 'balanced' });
    expect(policy).toEqual({ sensitivity: 'balanced' });
    expect(ignored).toMatchObject([{ field: 'lockSetting', code: 'unknown_key' }]);
  });

  it('normalises case and spaces where it is unambiguous', () => {
    const { policy, ignored } = parsePolicy({ sensitivity: ' Strict ', helpRegion: 'vn', organizationName: ' École\nJules Ferry ' });
    expect(ignored).toEqual([]);
    expect(policy).toEqual({ sensitivity: 'strict', helpRegion: 'VN', organizationName: 'École Jules Ferry' });
  });

  it('gives the options page a locale key with the field and value for every problem', () => {
    const { ignored } = parsePolicy({ sensitivity: 'extreme' });
    expect(ignored[0]!.substitutions).toEqual(['sensitivity', '"extreme"']);
    for (const lang of ['en', 'vi', 'fr']) {
      const messages = JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
      for (const code of ['not_an_object', 'unknown_key', 'wrong_type', 'unknown_sensitivity', 'unknown_category',
        'unknown_site', 'bad_region', 'empty_text', 'too_long', 'too_many', 'out_of_range']) {
        expect(messages[`policy_problem_${code}`]?.message, `${lang} policy_problem_${code}`).toMatch(/\$(FIELD|VALUE)\$/);
      }
    }
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/managed_schema.json'), 'utf8'));

  it('declares exactly the policy keys', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('names every category and site id, so administrators see the full lists', () => {
    for (const category of CATEGORIES) expect(schema.properties.disabledCategories.description).toContain(category);
    for (const site of SITE_IDS) expect(schema.properties.disabledSites.description).toContain(site);
    for (const region of HELP_REGIONS) expect(schema.properties.helpRegion.description).toContain(region);
  });
});

describe('applyPolicy', () => {
  it('changes nothing without a policy', () => {
    const settings = local({ sensitivity: 'low', pausedUntil: 123 });
    const { settings: effective, policy } = merge(settings, undefined);
    expect(effective).toEqual(settings);
    expect(policy).toEqual(NO_POLICY);
  });

  it.each([
    ['off', 'balanced', 'balanced'],
    ['low', 'balanced', 'balanced'],
    ['balanced', 'balanced', 'balanced'],
    ['strict', 'balanced', 'strict'],
    ['low', 'low', 'low'],
    ['balanced', 'strict', 'strict'],
  ] as const)('treats sensitivity as a floor: user %s, policy %s → %s', (user, floor, expected) => {
    expect(merge(local({ sensitivity: user }), { sensitivity: floor }).settings.sensitivity).toBe(expected);
  });

  it('unites the disabled lists and adds the phrases, keeping the user\'s own', () => {
    const { settings, policy } = merge(
      local({
        disabledCategories: ['scam'],
        disabledSites: ['tiktok'],
        customPhrases: [{ text: 'mine', category: 'scam' }],
        allowPhrases: ['cầu lông'],
      }),
      { disabledCategories: ['bullying', 'scam'], disabledSites: ['reddit'], customPhrases: [{ text: 'theirs', category: 'grooming' }], allowPhrases: ['bóng đá'] },
    );
    expect(settings.disabledCategories).toEqual(['scam', 'bullying']);
    expect(settings.disabledSites).toEqual(['tiktok', 'reddit']);
    expect(settings.customPhrases).toEqual([{ text: 'theirs', category: 'grooming' }, { text: 'mine', category: 'scam' }]);
    expect(settings.allowPhrases).toEqual(['bóng đá', 'cầu lông']);
    expect(policy.managedFields).toEqual(['disabledCategories', 'disabledSites', 'customPhrases', 'allowPhrases']);
    expect(isCategoryForcedOff(policy, 'bullying')).toBe(true);
    expect(isCategoryForcedOff(policy, 'scam')).toBe(true);
    expect(isCategoryForcedOff(policy, 'grooming')).toBe(false);
  });

  it('overrides helpRegion and retentionDays and shows them locked', () => {
    const { settings, policy } = merge(local({ helpRegion: 'FR', retentionDays: 7 }), { helpRegion: 'VN', retentionDays: 30 });
    expect(settings).toMatchObject({ helpRegion: 'VN', retentionDays: 30 });
    expect(isFieldLocked(policy, 'helpRegion')).toBe(true);
    expect(isFieldLocked(policy, 'sensitivity')).toBe(false);
  });

  it('lets the user pause when the policy does not lock settings', () => {
    const { settings, policy } = merge(local({ pausedUntil: 5_000 }), { sensitivity: 'balanced' });
    expect(settings.pausedUntil).toBe(5_000);
    expect(policy.canPause).toBe(true);
  });

  it('when locked: no pause, the organisation\'s values, defaults where it is silent', () => {
    const now = 1_000_000;
    const { settings, policy } = merge(
      local({
        sensitivity: 'off',
        pausedUntil: now + 3_600_000,
        disabledCategories: ['grooming'],
        disabledSites: ['zalo'],
        allowPhrases: ['gặp riêng'],
        mode: 'teen',
      }),
      { lockSettings: true, organizationName: 'Trường THCS Nguyễn Du', disabledCategories: ['bullying'] },
    );
    expect(settings).toMatchObject({
      sensitivity: 'balanced',
      pausedUntil: 0,
      disabledCategories: ['bullying'],
      disabledSites: [],
      allowPhrases: [],
      mode: 'teen',
    });
    expect(toDetectorOptions(settings, now).sensitivity).toBe('balanced');
    expect(policy).toMatchObject({ present: true, locked: true, canPause: false, organizationName: 'Trường THCS Nguyễn Du' });
    expect(isFieldLocked(policy, 'genericSites')).toBe(true);
    for (const level of ['off', 'low', 'balanced', 'strict'] as const) expect(isSensitivityAllowed(policy, level)).toBe(false);
  });

  it('when locked, the policy\'s sensitivity is exact', () => {
    expect(merge(local({ sensitivity: 'strict' }), { lockSettings: true, sensitivity: 'low' }).settings.sensitivity).toBe('low');
  });

  it.each([
    ['off', false],
    ['low', false],
    ['balanced', true],
    ['strict', true],
  ] as const)('offers %s under a Balanced floor: %s', (level, allowed) => {
    const { policy } = merge(local(), { sensitivity: 'balanced' });
    expect(isSensitivityAllowed(policy, level, 'balanced')).toBe(allowed);
  });

  it('applies what is valid and reports the rest', () => {
    const { settings, policy } = merge(local({ sensitivity: 'low' }), { sensitivity: 'balanced', retentionDays: -1, disabledSites: ['zalo', 'nope'] });
    expect(settings.sensitivity).toBe('balanced');
    expect(settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(settings.disabledSites).toEqual(['zalo']);
    expect(policy.ignored.map((p) => p.field)).toEqual(['disabledSites[1]', 'retentionDays']);
    expect(policy.present).toBe(true);
  });

  it('a policy with only invalid values is not "present" but still lists them', () => {
    const { policy } = merge(local(), { sensitivity: 'extreme' });
    expect(policy.present).toBe(false);
    expect(policy.ignored).toHaveLength(1);
  });
});

describe('loadEffectiveSettings / watchEffectiveSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads local settings and the managed policy', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sensitivity: 'low' } });
    await fakeBrowser.storage.managed.set({ sensitivity: 'balanced', organizationName: 'ACME', helpRegion: 'nowhere' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const effective = await loadEffectiveSettings();
    warn.mockRestore();
    expect(effective.local.sensitivity).toBe('low');
    expect(effective.settings.sensitivity).toBe('balanced');
    expect(effective.policy.organizationName).toBe('ACME');
    expect(effective.policy.ignored.map((p) => p.field)).toEqual(['helpRegion']);
  });

  it('is quiet when managed storage throws (Firefox without policies.json)', async () => {
    const get = vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const effective = await loadEffectiveSettings();
    expect(effective.policy).toEqual(NO_POLICY);
    expect(effective.settings).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    get.mockRestore();
    warn.mockRestore();
    error.mockRestore();
  });

  it('fires when the managed policy changes and when it is removed', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sensitivity: 'low' } });
    const seen: string[] = [];
    const stop = watchEffectiveSettings((e) => seen.push(`${e.settings.sensitivity}/${e.policy.locked}`));
    await fakeBrowser.storage.managed.set({ sensitivity: 'strict', lockSettings: true });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('strict/true'));
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(seen.at(-1)).toBe('low/false'));
    stop();
    await fakeBrowser.storage.managed.set({ sensitivity: 'strict' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.at(-1)).toBe('low/false');
  });

  it('still fires when local settings change under a policy', async () => {
    await fakeBrowser.storage.managed.set({ sensitivity: 'balanced' });
    const seen: string[] = [];
    const stop = watchEffectiveSettings((e) => seen.push(e.settings.sensitivity));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sensitivity: 'strict' } });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('strict'));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sensitivity: 'low' } });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('balanced'));
    stop();
  });
});

describe('policy mirror (Chromium answers the first managed read slowly)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the last policy seen while managed storage is slow, then the real one', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_MIRROR_KEY]: { sensitivity: 'strict', lockSettings: true } });
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi
      .spyOn(browser.storage.managed, 'get')
      .mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
    const seen: string[] = [];
    const stop = watchEffectiveSettings((e) => seen.push(`${e.settings.sensitivity}/${e.policy.locked}`));

    const provisional = await loadEffectiveSettings();
    expect(provisional.settings.sensitivity).toBe('strict');
    expect(provisional.policy.locked).toBe(true);

    get.mockResolvedValue({ sensitivity: 'balanced' } as never);
    answer({ sensitivity: 'balanced' });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('balanced/false'));
    expect((await fakeBrowser.storage.local.get(POLICY_MIRROR_KEY))[POLICY_MIRROR_KEY]).toEqual({ sensitivity: 'balanced' });
    stop();
    get.mockRestore();
  });

  it('a watcher registered after the real answer arrived still gets it (content scripts compile first)', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_MIRROR_KEY]: { sensitivity: 'strict', lockSettings: true } });
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi
      .spyOn(browser.storage.managed, 'get')
      .mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
    const provisional = await loadEffectiveSettings();
    expect(provisional.policy.locked).toBe(true);

    answer({});
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(POLICY_MIRROR_KEY)).toEqual({}));
    get.mockResolvedValue({} as never);
    const seen: string[] = [];
    const stop = watchEffectiveSettings((e) => seen.push(`${e.settings.sensitivity}/${e.policy.locked}`));
    await vi.waitFor(() => expect(seen).toEqual(['balanced/false']));
    stop();
    get.mockRestore();
  });

  it('forgets the mirror when the policy is gone (or managed storage is missing)', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_MIRROR_KEY]: { sensitivity: 'strict' } });
    const get = vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const effective = await loadEffectiveSettings();
    expect(effective.policy).toEqual(NO_POLICY);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(POLICY_MIRROR_KEY)).toEqual({}),
    );
    get.mockRestore();
  });

  it('does not write the mirror when nothing changed (only the one-time "policy read" flag)', async () => {
    const set = vi.spyOn(browser.storage.local, 'set');
    await loadEffectiveSettings();
    await refreshPolicyMirror();
    await refreshPolicyMirror();
    expect(set.mock.calls).toEqual([[{ [POLICY_READ_KEY]: true }]]);
    set.mockRestore();
  });

  it('knows whether managed storage has answered once in this profile', async () => {
    expect(await policyReadInThisProfile()).toBe(false);
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
    const waiting = waitForPolicyRead(60_000);
    expect(await policyReadInThisProfile()).toBe(false);
    answer({ disabledCategories: ['scam'] });
    expect(await waiting).toBe('read');
    expect(await policyReadInThisProfile()).toBe(true);
    // The mirror is written before the flag: whoever sees the flag sees the policy.
    expect((await fakeBrowser.storage.local.get(POLICY_MIRROR_KEY))[POLICY_MIRROR_KEY]).toEqual({ disabledCategories: ['scam'] });
    get.mockRestore();
  });

  it('a missing managed area counts as an answer (no policy); a silent one times out', async () => {
    const missing = vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await waitForPolicyRead(60_000)).toBe('read');
    expect(await policyReadInThisProfile()).toBe(true);
    missing.mockRestore();
    await fakeBrowser.storage.local.clear();
    const silent = vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => new Promise(() => undefined) as never);
    expect(await waitForPolicyRead(50)).toBe('timed out');
    expect(await policyReadInThisProfile()).toBe(false);
    silent.mockRestore();
  });
});

describe('docs/deploy samples', () => {
  const DEPLOY = path.join(ROOT, 'docs/deploy');
  const read = (file: string) => fs.readFileSync(path.join(DEPLOY, file), 'utf8');
  const json = (file: string) => JSON.parse(read(file));
  const values = json('policy-values.json');
  /** Chrome's id for the project's key: sha256 of the DER public key, hex digits mapped to a–p. */
  const chromeId = (() => {
    const der = Buffer.from(fs.readFileSync(path.join(ROOT, 'extension-key.pub.b64'), 'utf8').trim(), 'base64');
    const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32);
    return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  })();
  const geckoId = /GECKO_ID = '([^']+)'/.exec(fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8'))?.[1];

  it('name the ids the build really has', () => {
    expect(chromeId).toBe('fjlbflnpamghbkhgemopjcohecfeilbk');
    expect(geckoId).toBe('not-alone@not-alone.app');
    expect(read('README.md')).toContain(chromeId);
    expect(read('README.md')).toContain(geckoId);
  });

  it('hold only valid values, every key, and the same values everywhere', () => {
    const parsed = parsePolicy(values);
    expect(parsed.ignored).toEqual([]);
    expect(Object.keys(values).sort()).toEqual([...POLICY_KEYS].sort());

    const admin = json('google-admin/policy-for-extensions.json') as Record<string, { Value: unknown }>;
    expect(Object.fromEntries(Object.entries(admin).map(([key, wrapped]) => [key, wrapped.Value]))).toEqual(values);

    const linux = json('linux/not-alone.json');
    expect(linux['3rdparty'].extensions[chromeId]).toEqual(values);
    expect(linux.ExtensionSettings[chromeId].installation_mode).toBe('force_installed');

    const firefox = json('firefox/policies.json').policies;
    expect(firefox['3rdparty'].Extensions[geckoId!]).toEqual(values);
    expect(firefox.ExtensionSettings[geckoId!].installation_mode).toBe('force_installed');
  });

  it('macOS profile: install payload and a settings payload for the extension with every key', () => {
    const profile = read('macos/not-alone-chrome.mobileconfig');
    expect(profile).toContain(`<string>com.google.Chrome.extensions.${chromeId}</string>`);
    expect(profile).toContain(`<key>${chromeId}</key>`);
    for (const key of POLICY_KEYS) expect(profile).toContain(`<key>${key}</key>`);
    const uuids = profile.match(/<key>PayloadUUID<\/key>\s*<string>([^<]+)<\/string>/g) ?? [];
    expect(new Set(uuids).size).toBe(3);
  });

  it.each(['Google\\Chrome', 'Microsoft\\Edge'])('the %s registry file gives a valid policy in the 3rdparty shape', (product) => {
    const file = product.startsWith('Google') ? 'windows/not-alone-chrome.reg' : 'windows/not-alone-edge.reg';
    const policy = readRegistryPolicy(read(file), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${product}\\3rdparty\\extensions\\${chromeId}\\policy`);
    const parsed = parsePolicy(policy);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.policy).toMatchObject({ sensitivity: 'balanced', lockSettings: true, retentionDays: 30, helpRegion: 'VN' });
    expect(parsed.policy.customPhrases).toEqual([{ text: 'gui anh rieng tu', category: 'sexual_request' }]);
    expect(parsed.policy.allowPhrases).toEqual(['hop phu huynh']);
    const settings = /"ExtensionSettings"="(.*)"\r?$/m.exec(read(file))?.[1] ?? '';
    expect(JSON.parse(settings.replace(/\\"/g, '"'))[chromeId].installation_mode).toBe('force_installed');
  });

  it('the guide links only to files that exist', () => {
    const links = [...read('README.md').matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(fs.existsSync(path.join(DEPLOY, link)), link).toBe(true);
  });

  it('the update manifest names the extension id', () => {
    expect(read('self-hosting/updates.xml')).toContain(`appid='${chromeId}'`);
  });
});

/**
 * Chrome's reading of a registry policy key, for the sample .reg files: REG_SZ → text,
 * REG_DWORD → number (booleans by the schema), a subkey of numbered values → list, numbered
 * subkeys → list of objects. Commented lines (;) are ignored.
 */
function readRegistryPolicy(reg: string, root: string): Record<string, unknown> {
  const booleans = new Set(['lockSettings']);
  const out: Record<string, unknown> = {};
  let section: string | null = null;
  for (const line of reg.split(/\r?\n/)) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1]!.startsWith(root) ? header[1]!.slice(root.length) : null;
      continue;
    }
    const entry = /^"([^"]+)"=(?:"(.*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (section === null || !entry) continue;
    const [, name, text, dword] = entry;
    const value: unknown = dword !== undefined ? parseInt(dword, 16) : text;
    const path = section.split('\\').filter(Boolean);
    if (path.length === 0) out[name!] = booleans.has(name!) ? value === 1 : value;
    else if (path.length === 1) ((out[path[0]!] ??= []) as unknown[])[Number(name) - 1] = value;
    else {
      const list = (out[path[0]!] ??= []) as Record<string, unknown>[];
      (list[Number(path[1]) - 1] ??= {})[name!] = value;
    }
  }
  return out;
}
