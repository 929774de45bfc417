// Issue 8 and the standing promises: page text never becomes markup, and the shipped code has
// no network channel. Checked on the sources (lib/, entrypoints/) so a reviewer sees the line;
// tests/e2e/privacy-build.spec.ts checks the built bundle, dependencies included.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['lib', 'entrypoints'];

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|html|css)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
}

/** Forbidden anywhere in lib/ and entrypoints/, even in comments. */
const MARKUP_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'document.write'];

/** Network and code-evaluation APIs: none of them may be called by shipped code. */
const FORBIDDEN_CALLS: [string, RegExp][] = [
  // Except a read of a file of the package itself (runtime.getURL only resolves inside it): the learned model.
  ['fetch()', /(?<![\w$.])fetch\s*\((?!\s*[\w$.]*runtime\.getURL\()/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts', /\bimportScripts\b/],
  ['eval()', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ['insertAdjacentElement from text', /\bcreateContextualFragment\b|\bDOMParser\b|\bsrcdoc\b/],
  // Storage that would leave the device (synced to the browser account) or be readable by the site.
  ['storage.sync', /storage\.sync\b/],
  ['localStorage', /\blocalStorage\b/],
  ['sessionStorage', /\bsessionStorage\b/],
  ['document.cookie', /document\.cookie/],
];

describe('shipped sources', () => {
  const files = sourceFiles();

  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(MARKUP_SINKS)('never mention %s (page text never becomes markup)', (sink) => {
    const hits = files.filter((file) => fs.readFileSync(file, 'utf8').includes(sink)).map((f) => path.relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  it.each(FORBIDDEN_CALLS)('never use %s', (_name, pattern) => {
    const hits: string[] = [];
    for (const file of files) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (pattern.test(line)) hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('load no remote script, style, font or image from extension pages', () => {
    const hits: string[] = [];
    for (const file of files.filter((f) => /\.(html|css|tsx)$/.test(f))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*\s(src|href)=["'](https?:)?\/\/[^"']*/gi)) {
        hits.push(`${path.relative(ROOT, file)}: ${m[0]}`);
      }
      for (const m of text.matchAll(/url\(\s*["']?(https?:)?\/\/|@import\s+(url\()?["']?(https?:)?\/\//gi)) {
        hits.push(`${path.relative(ROOT, file)}: ${m[0]}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
