// Vite plugin: compile the rule packs at build time. `lib/rules/packed.ts` is replaced by the packed
// tables (PACKED_RULES as a literal), so the bundle carries no rule source and no page compiles a
// rule. Used by wxt.config.ts (the extension) and vitest.config.ts (tests run the shipped form).
//
// The packing runs in a child process (tsx) so that it always reads the rule files as they are
// now, also in watch mode; the result is cached per content of lib/rules and lib/detect.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = path.join(ROOT, 'lib/rules/packed.ts');
/** What the packed tables depend on. */
const INPUT_DIRS = [path.join(ROOT, 'lib/rules'), path.join(ROOT, 'lib/detect')];

function inputFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? inputFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
    .sort();
}

let cache: { hash: string; code: string } | undefined;

function packedModule(files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(f));
  const digest = hash.digest('hex');
  if (cache?.hash !== digest) {
    const json = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/pack-rules.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    cache = { hash: digest, code: `// Generated at build time by scripts/packed-rules-plugin.ts from lib/rules.\nexport const PACKED_RULES = ${json};\n` };
  }
  return cache.code;
}

export function packedRules(): Plugin {
  return {
    name: 'not-alone:packed-rules',
    enforce: 'pre',
    load(id) {
      if (id !== TARGET) return null;
      const files = INPUT_DIRS.flatMap(inputFiles);
      for (const f of files) this.addWatchFile(f);
      return packedModule(files);
    },
  };
}
