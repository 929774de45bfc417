// docs/privacy.md must list every place data is stored: each storage.local key the code defines
// and each Dexie table with its indexed fields. A new key or table without a line in the doc
// fails here, so the doc cannot silently fall behind the code.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DB_NAME, NotAloneDb } from '@/lib/store/event-log';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const doc = fs.readFileSync(path.join(ROOT, 'docs/privacy.md'), 'utf8');
const mentioned = (name: string) => doc.includes(`\`${name}\``);

function libFiles(): string[] {
  return ['lib', 'entrypoints'].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
}

/** Keys written to storage.local: constants named *_KEY, and literal keys in set({ ... }) calls. */
function storageKeys(): string[] {
  const keys = new Set<string>();
  for (const file of libFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/storage\.(local|session)/.test(text) && !/_KEY\b/.test(text)) continue;
    for (const m of text.matchAll(/export const (\w+_KEY)\s*=\s*['"]([^'"]+)['"]/g)) {
      // Only constants that reach browser storage somewhere.
      const used = libFiles().some((f) => {
        const t = fs.readFileSync(f, 'utf8');
        return t.includes(m[1]!) && /storage\.(local|session)/.test(t);
      });
      if (used) keys.add(m[2]!);
    }
    for (const m of text.matchAll(/storage\.(?:local|session)\.set\(\s*\{\s*(\w+)\s*:/g)) keys.add(m[1]!);
  }
  return [...keys].sort();
}

describe('docs/privacy.md', () => {
  const db = new NotAloneDb('privacy-doc-test');
  afterAll(() => db.delete());

  it('lists every storage.local key', () => {
    const keys = storageKeys();
    expect(keys).toEqual(expect.arrayContaining(['settings', 'pin']));
    expect(keys.filter((key) => !mentioned(key))).toEqual([]);
  });

  it('lists every IndexedDB table and its indexed fields', async () => {
    await db.open();
    expect(mentioned(DB_NAME)).toBe(true);
    const missing: string[] = [];
    for (const table of db.tables) {
      if (!mentioned(table.name)) missing.push(table.name);
      const fields = [table.schema.primKey.name, ...table.schema.indexes.map((index) => index.name)];
      for (const field of fields) if (field && !mentioned(field)) missing.push(`${table.name}.${field}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists every settings field', async () => {
    const { DEFAULT_SETTINGS } = await import('@/lib/store/settings');
    expect(Object.keys(DEFAULT_SETTINGS).filter((field) => !mentioned(field))).toEqual([]);
  });
});
