import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHAT_CONTENT_SCRIPT,
  GENERIC_SCRIPT_ID,
  normaliseHostname,
  removeGenericSite,
  requestGenericSite,
  syncGenericContentScript,
  type GenericScriptingApi,
} from '@/lib/permissions/generic-sites';
import { loadLocalSettings } from '@/lib/store/settings-storage';

beforeEach(() => fakeBrowser.reset());

describe('hostnames a parent types', () => {
  it.each([
    ['Chat.Example.com', 'chat.example.com'],
    ['https://hoctap.truong-demo.edu.vn/lop/8a2', 'hoctap.truong-demo.edu.vn'],
    ['  forum.example.org  ', 'forum.example.org'],
  ])('%s → %s', (input, host) => expect(normaliseHostname(input)).toBe(host));

  it.each(['', 'my chat', 'localhost', 'ftp://files.example.com', 'https://'])('%j is not a hostname', (input) => {
    expect(normaliseHostname(input)).toBeNull();
  });
});

describe('requestGenericSite / removeGenericSite', () => {
  it('asks for the host and scripting permission, then saves the hostname', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    expect(await requestGenericSite('https://chat.example.com/room')).toBe('enabled');
    expect(request).toHaveBeenCalledWith({ permissions: ['scripting'], origins: ['https://chat.example.com/*', 'http://chat.example.com/*'] });
    expect((await loadLocalSettings()).settings.genericSites).toEqual(['chat.example.com']);
  });

  it('changes nothing when the permission is declined, or the input is not usable', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    expect(await requestGenericSite('chat.example.com')).toBe('denied');
    expect(await requestGenericSite('not a host')).toBe('invalid');
    expect(await requestGenericSite('web.whatsapp.com')).toBe('supported');
    expect((await loadLocalSettings()).settings.genericSites).toEqual([]);
  });

  it('removing forgets the hostname and gives the permission back', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    await requestGenericSite('a.example.com');
    await requestGenericSite('b.example.com');
    await removeGenericSite('a.example.com');
    expect((await loadLocalSettings()).settings.genericSites).toEqual(['b.example.com']);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://a.example.com/*', 'http://a.example.com/*'] });
  });
});

describe('syncGenericContentScript', () => {
  function fakeApi(grantedHosts: string[], registered: string[] = []) {
    const calls: Array<[string, unknown]> = [];
    const api: GenericScriptingApi = {
      permissions: { contains: async ({ origins }) => grantedHosts.some((host) => origins[0] === `https://${host}/*`) },
      scripting: {
        getRegisteredContentScripts: async () => registered.map((id) => ({ id })),
        registerContentScripts: async (scripts) => void calls.push(['register', scripts]),
        unregisterContentScripts: async (filter) => void calls.push(['unregister', filter]),
      },
    };
    return { api, calls };
  }

  it('registers the chat script for the enabled hosts with permission only', async () => {
    const { api, calls } = fakeApi(['chat.example.com']);
    expect(await syncGenericContentScript(['chat.example.com', 'no-permission.example.com', 'web.whatsapp.com'], api)).toEqual(['chat.example.com']);
    expect(calls).toEqual([
      ['register', [{ id: GENERIC_SCRIPT_ID, matches: ['https://chat.example.com/*', 'http://chat.example.com/*'], js: [CHAT_CONTENT_SCRIPT], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]],
    ]);
  });

  it('replaces an earlier registration, and leaves none when no host remains', async () => {
    const { api, calls } = fakeApi([], [GENERIC_SCRIPT_ID]);
    expect(await syncGenericContentScript([], api)).toEqual([]);
    expect(calls).toEqual([['unregister', { ids: [GENERIC_SCRIPT_ID] }]]);
  });

  it('does nothing before the scripting permission exists', async () => {
    expect(await syncGenericContentScript(['chat.example.com'], { permissions: { contains: async () => true } })).toEqual([]);
  });
});
