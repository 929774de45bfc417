// Clean install (issue 15): the Node range the README states is package.json `engines`, and every
// installed package's own `engines.node` accepts that whole range, so `npm install` on any Node
// in it prints no EBADENGINE warning.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: unknown }>;
};
const range = pkg.engines?.node ?? '';

/** `engines` is usually `{node: "…"}`; a few old packages still use `["node >= x"]`. */
function nodeEngine(engines: unknown): string | undefined {
  if (Array.isArray(engines)) {
    const entry = engines.find((e): e is string => typeof e === 'string' && e.startsWith('node'));
    return entry?.replace(/^node\s*/, '');
  }
  if (engines && typeof engines === 'object' && typeof (engines as { node?: unknown }).node === 'string') return (engines as { node: string }).node;
  return undefined;
}

describe('Node.js range', () => {
  it('package.json declares one, and the README states the same', () => {
    expect(semver.validRange(range)).not.toBeNull();
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`\`${range}\``);
  });

  it('every locked package accepts every Node version in that range', () => {
    const refusing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const wanted = nodeEngine(entry.engines);
      if (!where || !wanted) continue;
      if (!semver.validRange(wanted) || !semver.subset(range, wanted)) refusing.push(`${where}@${entry.version}: node ${wanted}`);
    }
    expect(refusing).toEqual([]);
  });

  it('the Node running the tests is in the range', () => {
    expect(semver.satisfies(process.versions.node, range)).toBe(true);
  });
});
