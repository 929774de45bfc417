// The generic fallback runs only on hostnames a parent enabled (issue 4). Enabling one asks the
// browser for access to that host at that moment (optional host permission + `scripting`), saves
// the hostname in settings.genericSites, and the service worker then registers the content script
// for the enabled hosts whose permission is granted (syncGenericContentScript).
import { browser } from 'wxt/browser';
import { loadLocalSettings, saveLocalSettings } from '../store/settings-storage';
import { CONTENT_SCRIPT_MATCHES } from '../sites/match-patterns';

/** Id of the dynamically registered content script (one for all enabled hosts). */
export const GENERIC_SCRIPT_ID = 'not-alone-generic';
/** The built chat content script (WXT names it after entrypoints/chat.content). */
export const CHAT_CONTENT_SCRIPT = 'content-scripts/chat.js';
const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

export type GenericSiteResult =
  /** Enabled: permission granted and the hostname saved. */
  | 'enabled'
  /** The parent (or the browser) declined the permission; nothing changed. */
  | 'denied'
  /** Not a hostname ("my chat", "http://", an IP-less word). */
  | 'invalid'
  /** A site Not Alone already supports: it is protected without the fallback. */
  | 'supported';

/** "Example.com", "https://chat.example.com/room/1" → "example.com", "chat.example.com"; null if not a hostname. */
export function normaliseHostname(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return HOSTNAME.test(url.hostname) ? url.hostname : null;
  } catch {
    return null;
  }
}

export function originsFor(hostname: string): string[] {
  return [`https://${hostname}/*`, `http://${hostname}/*`];
}

/** Hosts the manifest's content script already runs on (the supported sites). */
const SUPPORTED_HOSTS: ReadonlySet<string> = new Set(CONTENT_SCRIPT_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).hostname));

export function isSupportedHost(hostname: string): boolean {
  return SUPPORTED_HOSTS.has(hostname);
}

/**
 * Turn the generic fallback on for a hostname. Call it straight from a click handler: the browser
 * only shows the permission prompt during a user gesture, so the request is the first await.
 */
export async function requestGenericSite(input: string): Promise<GenericSiteResult> {
  const hostname = normaliseHostname(input);
  if (!hostname) return 'invalid';
  if (isSupportedHost(hostname)) return 'supported';
  const granted = await browser.permissions.request({ permissions: ['scripting'], origins: originsFor(hostname) });
  if (!granted) return 'denied';
  const { settings } = await loadLocalSettings();
  if (!settings.genericSites.includes(hostname)) {
    await saveLocalSettings({ ...settings, genericSites: [...settings.genericSites, hostname].sort() });
  }
  return 'enabled';
}

/** Turn it off again: forget the hostname and give the host permission back. */
export async function removeGenericSite(input: string): Promise<void> {
  const hostname = normaliseHostname(input) ?? input;
  const { settings } = await loadLocalSettings();
  if (settings.genericSites.includes(hostname)) {
    await saveLocalSettings({ ...settings, genericSites: settings.genericSites.filter((site) => site !== hostname) });
  }
  await browser.permissions.remove({ origins: originsFor(hostname) }).catch(() => false);
}

/** The part of the browser API the sync needs (the real `browser`, or a fake in tests). */
export interface GenericScriptingApi {
  permissions: { contains(request: { origins: string[] }): Promise<boolean> };
  scripting?: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string }>>;
    registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/**
 * Register the chat content script for the enabled hostnames whose permission is granted, and for
 * nothing else (called by the service worker at start and when settings or permissions change).
 * Returns the hostnames it now runs on.
 */
export async function syncGenericContentScript(hostnames: readonly string[], api: GenericScriptingApi = browser as unknown as GenericScriptingApi): Promise<string[]> {
  // `scripting` appears only once the optional permission was granted.
  const scripting = api.scripting;
  if (!scripting) return [];
  const granted: string[] = [];
  for (const hostname of hostnames) {
    if (isSupportedHost(hostname)) continue; // already covered by the manifest's content script
    if (await api.permissions.contains({ origins: originsFor(hostname) })) granted.push(hostname);
  }
  const registered = await scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  if (registered.length) await scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  if (granted.length) {
    await scripting.registerContentScripts([
      {
        id: GENERIC_SCRIPT_ID,
        matches: granted.flatMap(originsFor),
        js: [CHAT_CONTENT_SCRIPT],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
