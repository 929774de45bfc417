import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import fs from 'node:fs';
import { CONTENT_SCRIPT_MATCHES } from './lib/sites/match-patterns';
import { packedRules } from './scripts/packed-rules-plugin';

// Public key (base64 DER SPKI) that fixes the Chrome extension id to
// fjlbflnpamghbkhgemopjcohecfeilbk, so school policies and tests can address it.
// NOT_ALONE_KEY_FILE lets a test build carry another key (another id), e.g. to try policies
// without touching the real id's machine-wide policy.
const CHROME_KEY = fs
  .readFileSync(process.env.NOT_ALONE_KEY_FILE ?? new URL('./extension-key.pub.b64', import.meta.url), 'utf8')
  .trim();
const GECKO_ID = 'not-alone@not-alone.app';
// Store packages (`npm run zip`, scripts/zip.mjs) leave the key out: the Chrome Web Store and Edge
// Add-ons assign their own id and refuse an uploaded manifest that carries a "key".
const FOR_STORE = process.env.NOT_ALONE_STORE === '1';
// Self-hosting (docs/deploy/README.md): where the browser looks for updates after the first
// install. Chrome/Edge use the manifest's update_url unless the policy sets override_update_url;
// Firefox updates a self-distributed add-on only through gecko.update_url.
const UPDATE_URL = process.env.NOT_ALONE_UPDATE_URL;
const GECKO_UPDATE_URL = process.env.NOT_ALONE_GECKO_UPDATE_URL;

export default defineConfig({
  // WXT_OUT_DIR keeps parallel builds (benchmarks, policy tests) from overwriting each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: Chromium preloads natively, and the polyfill's fetch() call would be
  // the only network API in the extension pages' bundle (issue 8: nothing leaves the device).
  // packedRules: the rule packs are compiled here, at build time, not in the page.
  vite: () => ({ plugins: [preact(), packedRules()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + the supported sites' hosts (the same sites the content script already runs on, so
    // the install prompt does not change): the worker injects the warning UI into a tab only when a
    // first warning is to be shown (entrypoints/warning-ui.ts, docs/performance.md).
    permissions: ['storage', 'scripting'],
    host_permissions: CONTENT_SCRIPT_MATCHES,
    // The generic chat reader (issue 4) asks for one host at a time, when a parent enables it.
    optional_permissions: browser === 'firefox' ? ['https://*/*', 'http://*/*'] : [],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: browser === 'firefox'
      ? "script-src 'self'; object-src 'self'"
      : { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'" },
    ...(browser === 'chrome' || browser === 'edge'
      ? {
          ...(FOR_STORE ? {} : { key: CHROME_KEY }),
          ...(UPDATE_URL && !FOR_STORE ? { update_url: UPDATE_URL } : {}),
          storage: { managed_schema: 'managed_schema.json' },
          // No other extension and no web page may message the service worker (Chrome's default
          // lets every extension connect); only this extension's own scripts and pages talk to it.
          externally_connectable: { ids: [] },
        }
      : {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              data_collection_permissions: { required: ['none'] },
              ...(GECKO_UPDATE_URL && !FOR_STORE ? { update_url: GECKO_UPDATE_URL } : {}),
            },
          },
        }),
  }),
  zip: {
    name: 'not-alone',
    // The sources zip AMO asks for: what rebuilds the Firefox package (README, "Building from the
    // sources zip"), without tests, fixtures, build output or local keys.
    excludeSources: ['tests/**', '.output*/**', 'test-results/**', 'playwright-report/**', 'demo-output/**', '**/*.pem', '**/*.crx', '**/*.xpi'],
  },
});
