// The packed rules file, read from the extension's own origin (service worker, popup and options
// page; a content script asks the worker instead, see lib/messages DetectionDataRequest).
// A missing or damaged file means reduced protection: only the learned model and a parent's own
// phrases judge messages.
import { browser } from 'wxt/browser';
import { PACKED_FORMAT, type PackedRules } from '../detect/pack';
import { PACKED_RULES_FILE } from '../rules/packed-file';

export type RulesLoad = { ok: true; packed: PackedRules } | { ok: false; error: string };

/** The package's shape (the tables themselves are checked when a tab decodes them). */
export function checkPackedRules(data: unknown): RulesLoad {
  const p = data as Partial<PackedRules> | null;
  if (typeof p !== 'object' || p === null) return { ok: false, error: 'rules file: not an object' };
  if (p.format !== PACKED_FORMAT) return { ok: false, error: `rules file: format ${String(p.format)}, expected ${PACKED_FORMAT}` };
  const aliases = p.aliases;
  if (!Array.isArray(p.rules) || p.rules.length === 0 || typeof p.words !== 'string' || typeof p.ints !== 'string' || !Array.isArray(aliases) || aliases.length !== 2 || !aliases.every((a) => typeof a === 'string')) {
    return { ok: false, error: 'rules file: damaged' };
  }
  return { ok: true, packed: p as PackedRules };
}

export async function readPackagedRules(): Promise<RulesLoad> {
  try {
    const res = await fetch(browser.runtime.getURL(`/${PACKED_RULES_FILE}`));
    if (!res.ok) return { ok: false, error: `rules file: HTTP ${res.status}` };
    return checkPackedRules(await res.json());
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
