import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { NotAloneDb } from '@/lib/store/event-log';
import { pruneExpired } from '@/lib/store/activity';
import { loadEffectiveSettings, watchEffectiveSettings } from '@/lib/store/effective-settings';
import { syncGenericContentScript } from '@/lib/permissions/generic-sites';
import { routeMessage, type WorkerServices } from '@/lib/worker/router';
import { WARNING_UI_FILE } from './chat.content/warning/ui-contract';
import { bytesToBase64 } from '@/lib/detect/model/base64';
import type { ModelReply } from '@/lib/messages';
import { readPackagedModel } from '@/lib/store/model-file';

/**
 * The learned model for the tabs, read once per worker life from the package and checked (a
 * damaged file is answered with the reason: the tab then judges with the rules alone).
 */
let modelReply: Promise<ModelReply> | undefined;
function modelForTabs(): Promise<ModelReply> {
  modelReply ??= readPackagedModel().then((r): ModelReply => {
    if (r.ok) return { ok: true, base64: bytesToBase64(r.bytes) };
    console.warn('[Not Alone] Reduced protection: the learned model could not be loaded;', r.error);
    modelReply = undefined; // try again at the next request
    return { ok: false, error: r.error };
  });
  return modelReply;
}

export default defineBackground(() => {
  const db = new NotAloneDb();
  // Retention (issue 6): on every start of the worker, after each write, and when the setting
  // changes. A failed prune is retried at the next of these, so it is only logged.
  const prune = () => void pruneExpired(db).catch((error) => console.warn('[Not Alone] Pruning old events failed', error));
  prune();
  watchEffectiveSettings(prune);

  // Generic fallback (issue 4): the chat script runs on the hostnames a parent enabled and granted.
  const syncGeneric = () =>
    void loadEffectiveSettings()
      .then(({ settings }) => syncGenericContentScript(settings.genericSites))
      .catch((error) => console.warn('[Not Alone] Could not update the sites of the generic chat reader', error));
  syncGeneric();
  watchEffectiveSettings(syncGeneric);
  browser.permissions.onAdded.addListener(syncGeneric);
  browser.permissions.onRemoved.addListener(syncGeneric);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the welcome page explains and asks parent or teen; protection is already on.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Every message is routed in one place (lib/worker/router.ts).
  const services: WorkerServices = {
    db,
    prune,
    openPage: (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/evidence.html') }),
    modelWeights: modelForTabs,
    injectWarningUi: (tabId, frameId) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [WARNING_UI_FILE] }),
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender) => routeMessage(raw, sender, browser.runtime.id, services));
});
