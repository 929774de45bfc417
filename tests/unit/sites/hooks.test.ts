// @vitest-environment happy-dom
// The selector records (lib/sites/hooks.ts) are data that must stay reviewable: every selector
// parses, every hook names its public source and the date it was last checked, records and keys
// are sorted, and every URL shape lies on a host the manifest's content script runs on.
import { describe, expect, it } from 'vitest';
import { SITE_HOOKS, type Hook } from '@/lib/sites/hooks';
import { urlMatches } from '@/lib/sites/hook-reader';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/sites/match-patterns';
import { SITE_IDS } from '@/lib/sites/types';

const DATE = /^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const hooksOf = (record: (typeof SITE_HOOKS)[number]) =>
  Object.entries(record).filter((entry): entry is [string, Hook] => typeof entry[1] === 'object');

describe('site hook records', () => {
  it('are sorted by surface id, unique, and each id starts with its site', () => {
    const ids = SITE_HOOKS.map((record) => record.surface);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of SITE_HOOKS) {
      expect(SITE_IDS).toContain(record.site);
      expect(record.surface.startsWith(`${record.site}-`)).toBe(true);
    }
  });

  it('keep their keys sorted, so a diff shows what changed', () => {
    for (const record of SITE_HOOKS) expect(Object.keys(record)).toEqual(Object.keys(record).sort());
  });

  it.each(SITE_HOOKS.map((record) => [record.surface, record] as const))('%s: every hook has selectors, a source and a checked date', (_id, record) => {
    for (const name of ['container', 'row', 'text', 'urls']) expect(record).toHaveProperty(name);
    for (const [name, hook] of hooksOf(record)) {
      expect(hook.match.length, name).toBeGreaterThan(0);
      expect(hook.source.trim().length, `${name} source`).toBeGreaterThan(10);
      expect(hook.checked, `${name} date`).toMatch(DATE);
      expect(new Date(hook.checked).getTime(), `${name} date not in the future`).toBeLessThanOrEqual(Date.now() + 86_400_000);
    }
  });

  it.each(SITE_HOOKS.map((record) => [record.surface, record] as const))('%s: every selector parses', (_id, record) => {
    for (const [name, hook] of hooksOf(record)) {
      if (name === 'urls') continue;
      for (const selector of hook.match) expect(() => document.createDocumentFragment().querySelector(selector), `${name}: ${selector}`).not.toThrow();
    }
  });

  it.each(SITE_HOOKS.map((record) => [record.surface, record] as const))('%s: URL shapes are well formed and on a manifest host', (_id, record) => {
    const hosts = new Set(CONTENT_SCRIPT_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).hostname));
    for (const shape of record.urls.match) {
      const [host, ...path] = shape.split('/');
      expect(hosts.has(host!), `${shape}: host in the manifest matches`).toBe(true);
      expect(path.length, shape).toBeGreaterThan(0);
      // The shape covers the URL it describes, with '*' filled in.
      expect(urlMatches(shape, new URL(`https://${shape.replaceAll('*', 'x1')}`)), shape).toBe(true);
    }
  });
});

describe('URL shapes', () => {
  it.each([
    ['x.com/i/chat*', 'https://x.com/i/chat/145-159', true],
    ['x.com/i/chat*', 'https://x.com/home', false],
    ['www.youtube.com/live_chat*', 'https://www.youtube.com/live_chat?continuation=abc', true],
    ['m.youtube.com/*', 'https://m.youtube.com/watch?v=1', true],
    ['www.instagram.com/direct/*', 'https://www.instagram.com/direct/t/1/', true],
    ['www.instagram.com/direct/*', 'https://www.instagram.com/explore/', false],
    ['web.telegram.org/k/*', 'https://web.telegram.org/a/', false],
  ])('%s covers %s: %s', (shape, url, expected) => {
    expect(urlMatches(shape, new URL(url))).toBe(expected);
  });
});
