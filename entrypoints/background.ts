import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '@/lib/messages';
import { NotAloneDb, recordEvent } from '@/lib/store/event-log';
import { pruneExpired } from '@/lib/store/activity';
import { loadEffectiveSettings, watchEffectiveSettings } from '@/lib/store/effective-settings';
import { syncGenericContentScript } from '@/lib/sites/generic-permission';
import { answerWarningMessage } from '@/lib/store/evidence';
import { recordReads } from '@/lib/store/reading';
import { cardStrings } from '@/lib/ui/card-strings';
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

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only this extension's own content scripts and pages may write to the log.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (!message) {
      console.warn('[Not Alone] Dropped a malformed message', raw);
      return undefined;
    }
    if (message.type === 'warning-shown') {
      // The id lets the card mark this event as a false alarm ("This is OK").
      return recordEvent(db, message.event).then(
        (id) => {
          prune();
          return { ok: true, id };
        },
        (error: unknown) => {
          // Quota full, database blocked: the warning was shown anyway; the sender retries.
          console.warn('[Not Alone] Could not store a warning event', error);
          throw error;
        },
      );
    }
    if (message.type === 'messages-read') {
      // Counts only (issue 13): which site was read, by which reader, how many messages.
      return recordReads(db, message.site, message.reader, message.count).then(() => ({ ok: true }));
    }
    if (message.type === 'card-strings') return Promise.resolve(cardStrings(message.lang));
    if (message.type === 'model-weights') return modelForTabs();
    if (message.type === 'evidence-open') {
      return browser.tabs.create({ url: browser.runtime.getURL('/evidence.html') }).then(() => ({ ok: true }));
    }
    const answer = answerWarningMessage(db, message, { fromTab: sender.tab !== undefined, url: sender.url });
    if (answer) return answer;
    return undefined;
  });
});
