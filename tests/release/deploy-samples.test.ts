// docs/deploy samples (issue 15): what a school copies must parse, name the same id everywhere,
// keep self-hosted installs updating (override_update_url), pin with each browser's own field,
// and carry policy values Not Alone accepts. Syntax is checked with small strict readers for
// the .reg and plist formats (no Windows or macOS here).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@/lib/store/policy';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEPLOY = path.join(ROOT, 'docs/deploy');
const CHROME_ID = 'fjlbflnpamghbkhgemopjcohecfeilbk';
const GECKO_ID = 'not-alone@not-alone.app';
const STORE_UPDATE_URLS = ['https://clients2.google.com/service/update2/crx', 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'];
const read = (file: string) => fs.readFileSync(path.join(DEPLOY, file), 'utf8');
const readJson = (file: string) => JSON.parse(read(file)) as Record<string, any>;
const policyValues = readJson('policy-values.json');

function files(ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(DEPLOY, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith(ext)) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The extension's ExtensionSettings entry: installed from where, pinned how. */
function checkInstallEntry(entry: Record<string, unknown>, browser: 'chrome' | 'edge'): void {
  expect(entry.installation_mode).toBe('force_installed');
  expect(String(entry.update_url)).toMatch(/^https:\/\//);
  if (!STORE_UPDATE_URLS.includes(String(entry.update_url))) expect(entry.override_update_url).toBe(true);
  if (browser === 'chrome') {
    expect(entry.toolbar_pin).toBe('force_pinned');
    expect(entry).not.toHaveProperty('toolbar_state');
  } else {
    expect(entry.toolbar_state).toBe('force_shown');
    expect(entry).not.toHaveProperty('toolbar_pin');
  }
}

/** The 3rdparty values parse without a single ignored entry. */
function checkSettings(values: unknown): void {
  const parsed = parsePolicy(values);
  expect(parsed.ignored).toEqual([]);
  expect(Object.keys(parsed.policy).sort()).toEqual(Object.keys(policyValues).sort());
}

/** Every extension id in a text is ours: Chrome-style ids and Gecko ids alike. */
function checkIds(text: string): void {
  for (const id of text.match(/(?<![a-z])[a-p]{32}(?![a-z])/g) ?? []) expect(id).toBe(CHROME_ID);
  for (const id of text.match(/[\w.-]+@[\w.-]+\.app\b/g) ?? []) expect(id).toBe(GECKO_ID);
}

describe('JSON samples', () => {
  it.each(files('.json'))('%s is valid JSON with our id only', (file) => {
    expect(() => JSON.parse(read(file))).not.toThrow();
    checkIds(read(file));
  });

  it('policy-values.json is what every sample sets, and Not Alone accepts all of it', () => {
    checkSettings(policyValues);
  });

  it('Linux Chrome/Chromium and Edge files install, keep updating and set the same values', () => {
    for (const [file, browser] of [['linux/not-alone.json', 'chrome'], ['linux/not-alone-edge.json', 'edge']] as const) {
      const policy = readJson(file);
      checkInstallEntry(policy.ExtensionSettings[CHROME_ID], browser);
      expect(policy['3rdparty'].extensions[CHROME_ID]).toEqual(policyValues);
    }
  });

  it('Google Admin console values are the same values, each wrapped in {"Value": …}', () => {
    const admin = readJson('google-admin/policy-for-extensions.json');
    const unwrapped = Object.fromEntries(Object.entries(admin).map(([key, wrapped]) => [key, (wrapped as { Value: unknown }).Value]));
    expect(unwrapped).toEqual(policyValues);
  });

  it('Firefox policies.json installs from a signed .xpi, runs in private windows, passes the same values', () => {
    const { policies } = readJson('firefox/policies.json');
    const entry = policies.ExtensionSettings[GECKO_ID];
    expect(entry.installation_mode).toBe('force_installed');
    expect(entry.install_url).toMatch(/^https:\/\/.+\.xpi$/);
    expect(entry.private_browsing).toBe(true);
    expect(policies['3rdparty'].Extensions[GECKO_ID]).toEqual(policyValues);
  });

  it('the Firefox update manifest names our add-on and an https .xpi', () => {
    const updates = readJson('self-hosting/updates.json').addons[GECKO_ID].updates as Array<{ version: string; update_link: string }>;
    expect(updates.length).toBeGreaterThan(0);
    for (const update of updates) {
      expect(update.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(update.update_link).toMatch(/^https:\/\/.+\.xpi$/);
    }
  });

  it('the lockdown samples set only the documented policies, with their closing values', () => {
    expect(readJson('linux/no-incognito-guest-chrome.json')).toEqual({ IncognitoModeAvailability: 1, BrowserGuestModeEnabled: false, BrowserAddPersonEnabled: false });
    expect(readJson('linux/no-inprivate-guest-edge.json')).toEqual({ InPrivateModeAvailability: 1, BrowserGuestModeEnabled: false, BrowserAddProfileEnabled: false });
  });
});

describe('the Chrome/Edge update manifest', () => {
  it('names our id, an https CRX and a version', () => {
    const xml = read('self-hosting/updates.xml');
    expect(xml).toMatch(/^<\?xml version='1\.0' encoding='UTF-8'\?>/);
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain(`<app appid='${CHROME_ID}'>`);
    expect(xml).toMatch(/<updatecheck codebase='https:\/\/[^']+\.crx' version='\d+\.\d+\.\d+' \/>/);
    checkIds(xml);
  });
});

// --- Windows .reg -------------------------------------------------------------------------------

interface RegFile {
  keys: Map<string, Map<string, string | number>>;
}

/** A strict reader for what regedit imports: header, [key] lines, "name"="text" | dword:hex. */
function parseReg(text: string): RegFile {
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing the regedit header');
  if (text.replace(/\r\n/g, '').includes('\n')) throw new Error('a line ends without CRLF');
  const keys = new Map<string, Map<string, string | number>>();
  let current: Map<string, string | number> | null = null;
  lines.slice(1).forEach((line, i) => {
    if (line === '' || line.startsWith(';')) return;
    const key = /^\[(HKEY_LOCAL_MACHINE\\[^\]]+)\]$/.exec(line);
    if (key) {
      current = keys.get(key[1]!) ?? new Map();
      keys.set(key[1]!, current);
      return;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`line ${i + 2} is not a registry value: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.set(unescape(value[1]!), value[2] !== undefined ? unescape(value[2]) : parseInt(value[3]!, 16));
  });
  return { keys };
}

/** The 3rdparty subtree back as JSON: numbered values and numbered subkeys are lists. */
function regPolicy(reg: RegFile, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of reg.keys.get(base) ?? []) out[name] = value;
  const names = new Set([...reg.keys.keys()].filter((key) => key.startsWith(`${base}\\`)).map((key) => key.slice(base.length + 1).split('\\')[0]!));
  for (const name of names) {
    const child = `${base}\\${name}`;
    const values = [...(reg.keys.get(child) ?? new Map())];
    const items = [...reg.keys.keys()].filter((key) => key.startsWith(`${child}\\`)).map((key) => Object.fromEntries(reg.keys.get(key)!));
    out[name] = items.length ? items : values.map(([, v]) => v);
  }
  for (const flag of ['lockSettings']) if (typeof out[flag] === 'number') out[flag] = out[flag] === 1;
  return out;
}

describe.each([
  ['windows/not-alone-chrome.reg', 'Google\\Chrome', 'chrome'],
  ['windows/not-alone-edge.reg', 'Microsoft\\Edge', 'edge'],
] as const)('%s', (file, vendor, browser) => {
  const text = read(file);
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;

  it('is a registry file regedit imports (header, CRLF, keys and typed values), plain ASCII', () => {
    expect(() => parseReg(text)).not.toThrow();
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    checkIds(text);
  });

  it('installs with ExtensionSettings JSON that keeps updating from the self-hosted URL', () => {
    const settings = JSON.parse(String(parseReg(text).keys.get(root)!.get('ExtensionSettings')));
    expect(Object.keys(settings)).toEqual([CHROME_ID]);
    checkInstallEntry(settings[CHROME_ID], browser);
  });

  it('sets 3rdparty values Not Alone accepts, under the id of the extension', () => {
    const values = regPolicy(parseReg(text), `${root}\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
    const parsed = parsePolicy(values);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.policy).toMatchObject({ sensitivity: 'balanced', lockSettings: true, helpRegion: 'VN', retentionDays: 30 });
    expect(parsed.policy.customPhrases).toHaveLength(1);
    expect(parsed.policy.allowPhrases).toHaveLength(1);
  });

  it('has the commented lockdown block with this browser\'s policy names', () => {
    const names = browser === 'chrome' ? ['IncognitoModeAvailability', 'BrowserAddPersonEnabled'] : ['InPrivateModeAvailability', 'BrowserAddProfileEnabled'];
    for (const name of [...names, 'BrowserGuestModeEnabled']) expect(text).toContain(`; "${name}"=dword:`);
    // Uncommented, the block is valid too.
    expect(() => parseReg(text.replace(/^; (\[|")/gm, '$1'))).not.toThrow();
  });
});

// --- macOS configuration profiles ----------------------------------------------------------------

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

/** A strict reader for XML property lists (the subset profiles use); throws on any mismatch. */
function parsePlist(xml: string): Plist {
  const body = xml
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const tokens = body.match(/<[^>]+>|[^<]+/g)!.filter((t) => t.trim() !== '');
  let i = 0;
  const expectTag = (tag: string) => {
    if (tokens[i] !== tag) throw new Error(`expected ${tag}, found ${tokens[i]}`);
    i++;
  };
  const text = (tag: string): string => {
    expectTag(`<${tag}>`);
    let value = '';
    if (!tokens[i]!.startsWith('<')) value = tokens[i++]!;
    expectTag(`</${tag}>`);
    return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  };
  const value = (): Plist => {
    const token = tokens[i]!;
    if (token === '<dict>') {
      i++;
      const dict: Record<string, Plist> = {};
      while (tokens[i] !== '</dict>') {
        const key = text('key');
        if (key in dict) throw new Error(`duplicate key ${key}`);
        dict[key] = value();
      }
      i++;
      return dict;
    }
    if (token === '<array>') {
      i++;
      const list: Plist[] = [];
      while (tokens[i] !== '</array>') list.push(value());
      i++;
      return list;
    }
    if (token === '<array/>') return i++, [];
    if (token === '<dict/>') return i++, {};
    if (token === '<true/>') return i++, true;
    if (token === '<false/>') return i++, false;
    if (token === '<string>') return text('string');
    if (token === '<integer>') {
      const raw = text('integer');
      if (!/^-?\d+$/.test(raw)) throw new Error(`not an integer: ${raw}`);
      return Number(raw);
    }
    throw new Error(`unexpected ${token}`);
  };
  expectTag('<plist version="1.0">');
  const root = value();
  expectTag('</plist>');
  if (i !== tokens.length) throw new Error('text after </plist>');
  return root;
}

describe.each([
  ['macos/not-alone-chrome.mobileconfig', 'com.google.Chrome', 'chrome'],
  ['macos/not-alone-edge.mobileconfig', 'com.microsoft.Edge', 'edge'],
] as const)('%s', (file, domain, browser) => {
  const profile = () => parsePlist(read(file)) as Record<string, any>;

  it('is a well-formed configuration profile with unique UUIDs', () => {
    const root = profile();
    expect(root.PayloadType).toBe('Configuration');
    const uuids = [root.PayloadUUID, ...root.PayloadContent.map((p: Record<string, unknown>) => p.PayloadUUID)];
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(new Set(uuids).size).toBe(uuids.length);
    checkIds(read(file));
  });

  it('installs through this browser\'s ExtensionSettings, keeps updating, and sets the values', () => {
    const payloads = profile().PayloadContent as Array<Record<string, any>>;
    const install = payloads.find((p) => p.PayloadType === domain)!;
    checkInstallEntry(install.ExtensionSettings[CHROME_ID], browser);
    const settings = payloads.find((p) => p.PayloadType === `${domain}.extensions.${CHROME_ID}`)!;
    const values = Object.fromEntries(Object.entries(settings).filter(([key]) => !key.startsWith('Payload')));
    expect(values).toEqual(policyValues);
  });
});

const withoutComments = (file: string) => read(file).replace(/<!--[\s\S]*?-->/g, '');

describe('the Chrome and Edge profiles differ only where the browsers do', () => {
  it('neither names the other browser', () => {
    expect(withoutComments('macos/not-alone-chrome.mobileconfig')).not.toMatch(/Edge|microsoft/);
    expect(withoutComments('macos/not-alone-edge.mobileconfig')).not.toMatch(/Chrome|google/i);
  });
});
