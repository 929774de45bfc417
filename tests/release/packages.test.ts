// `npm run zip` (issue 15): opens the store packages it makes and checks what a store reviewer and a
// school would: the manifest, the files it names, nothing of the tests, no source maps, the fixed
// key nowhere a store refuses it, and a sources zip that can rebuild the Firefox package.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'not-alone-zip-'));
const zips: Record<'chrome' | 'edge' | 'firefox' | 'sources', JSZip> = {} as never;

type Manifest = Record<string, any>;
const manifestOf = async (zip: JSZip): Promise<Manifest> => JSON.parse(await zip.file('manifest.json')!.async('string'));
const names = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);

beforeAll(async () => {
  execFileSync('node', ['scripts/zip.mjs'], { cwd: ROOT, env: { ...process.env, WXT_OUT_DIR: outDir }, stdio: 'pipe' });
  for (const kind of ['chrome', 'edge', 'firefox', 'sources'] as const) {
    const file = path.join(outDir, `not-alone-${pkg.version}-${kind}.zip`);
    expect(fs.existsSync(file), `${path.basename(file)} was not made`).toBe(true);
    zips[kind] = await JSZip.loadAsync(fs.readFileSync(file));
  }
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}, 180_000);

/** Every file the manifest points at, so a package cannot ship a manifest naming a missing file. */
function referencedFiles(manifest: Manifest): string[] {
  const files = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.options_ui?.page,
    (manifest.action ?? manifest.browser_action)?.default_popup,
    manifest.storage?.managed_schema,
    ...Object.values(manifest.icons ?? {}),
    ...(manifest.content_scripts ?? []).flatMap((script: Manifest) => [...(script.js ?? []), ...(script.css ?? [])]),
    `_locales/${manifest.default_locale}/messages.json`,
  ];
  return files.filter((file): file is string => typeof file === 'string');
}

describe.each(['chrome', 'edge', 'firefox'] as const)('the %s package', (kind) => {
  it('has a manifest naming only files it holds, at the package version', async () => {
    const manifest = await manifestOf(zips[kind]);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.name).toBe('__MSG_extName__');
    const held = new Set(names(zips[kind]));
    for (const file of referencedFiles(manifest)) expect(held, `manifest names ${file}`).toContain(file.replace(/^\//, ''));
    for (const lang of ['en', 'vi', 'fr']) expect(held).toContain(`_locales/${lang}/messages.json`);
  });

  it('holds no test files, fixtures, source maps or private keys', async () => {
    for (const name of names(zips[kind])) {
      expect(name).not.toMatch(/(^|\/)(tests?|e2e|fixtures|__tests__)\//);
      expect(name).not.toMatch(/\.(test|spec)\.[cm]?[jt]sx?$|\.map$|\.pem$|\.crx$/);
    }
    for (const name of names(zips[kind]).filter((n) => /\.(m?js|css|html)$/.test(n))) {
      expect(await zips[kind].file(name)!.async('string'), name).not.toMatch(/sourceMappingURL=/);
    }
  });

  it('carries no manifest "key": the store assigns the id and refuses an uploaded key', async () => {
    expect(await manifestOf(zips[kind])).not.toHaveProperty('key');
  });
});

describe('store-specific manifests', () => {
  it('Chrome and Edge: Manifest V3 with a service worker and the policy schema', async () => {
    for (const kind of ['chrome', 'edge'] as const) {
      const manifest = await manifestOf(zips[kind]);
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.background.service_worker).toBe('background.js');
      expect(manifest.storage.managed_schema).toBe('managed_schema.json');
      expect(manifest).not.toHaveProperty('browser_specific_settings');
    }
  });

  it('Firefox: Manifest V2 with the fixed add-on id and no data collection declared', async () => {
    const manifest = await manifestOf(zips.firefox);
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe('not-alone@not-alone.app');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.background.scripts).toEqual(['background.js']);
  });
});

describe('the sources zip (for AMO review)', () => {
  it('holds what rebuilds the Firefox package', () => {
    const held = new Set(names(zips.sources));
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'extension-key.pub.b64', 'public/managed_schema.json', 'entrypoints/background.ts']) {
      expect(held, file).toContain(file);
    }
    expect([...held].some((n) => n.startsWith('lib/detect/'))).toBe(true);
  });

  it('leaves out tests, build output, dependencies and local keys', () => {
    for (const name of names(zips.sources)) {
      expect(name).not.toMatch(/^(tests|node_modules|\.output[^/]*|\.wxt|test-results|demo-output)\//);
      expect(name).not.toMatch(/\.pem$|\.crx$|\.xpi$/);
    }
  });

  it('says how to build the Firefox package from it', async () => {
    const readme = await zips.sources.file('README.md')!.async('string');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npx wxt zip -b firefox');
  });
});
