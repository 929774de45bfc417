// The engine is pure and takes its rules as an argument: nothing in lib/detect imports a rule
// pack (lib/rules imports the engine, never the other way round), a browser API or a Node module.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DETECT = join(__dirname, '../../../lib/detect');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

test.each(sources(DETECT).map((f) => [f.slice(DETECT.length + 1), f]))('lib/detect/%s imports only the engine', (_name, file) => {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  for (const s of specifiers) {
    expect(s.startsWith('./') || s.startsWith('../') && !s.startsWith('../../'), `${s}: relative imports inside the engine only`).toBe(true);
    expect(s, 'the rules are an argument, not an import').not.toMatch(/rules/);
  }
});
