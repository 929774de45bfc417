// Issue 14: no import cycles between the folders of lib/ (a module's folder is its unit: lib/scan,
// lib/store, …; files at lib/'s top level, like lib/messages.ts, each count as their own unit).
// Type-only imports count too: a cycle of types is still two folders that cannot change apart.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LIB = path.join(ROOT, 'lib');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** lib/scan/page-scanner.ts → "scan"; lib/messages.ts → "messages.ts". */
function unitOf(file: string): string {
  const rel = path.relative(LIB, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : rel[0]!;
}

function resolveImport(from: string, spec: string): string | null {
  let target: string;
  if (spec.startsWith('@/lib/')) target = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) target = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(LIB)) {
    const text = fs.readFileSync(file, 'utf8');
    const from = unitOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const m of text.matchAll(/(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]/g)) {
      const target = resolveImport(file, m[1]!);
      if (!target || !target.startsWith(LIB)) continue;
      const to = unitOf(target);
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const visit = (node: string, trail: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) found.push([...trail.slice(at), next]);
      else visit(next, [...trail, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return found;
}

describe('lib/ folders', () => {
  it('import each other without cycles', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('the check finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(graph).length).toBeGreaterThan(0);
  });
});
