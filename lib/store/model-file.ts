// The packaged model file, read from the extension's own origin (service worker, popup and
// options page; a content script asks the worker instead, see lib/messages ModelRequest).
// A missing or damaged file means reduced protection: the rules alone judge messages.
import { browser } from 'wxt/browser';
import { parseModel, type Model } from '../detect/model/model';

/** Path of the model inside the extension package (copied from public/ by WXT). */
export const MODEL_FILE = '/model/detector.bin' as const;

export type ModelLoad = { ok: true; model: Model; bytes: Uint8Array } | { ok: false; error: string };

export async function readPackagedModel(): Promise<ModelLoad> {
  try {
    const res = await fetch(browser.runtime.getURL(MODEL_FILE));
    if (!res.ok) return { ok: false, error: `model file: HTTP ${res.status}` };
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { ok: true, model: parseModel(bytes), bytes };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
