// Delivers warning events to the service worker without losing them when the browser stopped
// the MV3 worker or it is restarting (issue 8, tests/e2e/reliability-worker.spec.ts).
import { browser } from 'wxt/browser';
import type { WarningShownMessage } from '@/lib/messages';

/** Waits between tries of one event; after the last, the event is given up (and logged). */
export const RETRY_DELAYS_MS = [200, 1000, 3000, 10_000] as const;
/** Events waiting for a retry at once; past this a flood of warnings cannot grow memory. */
export const MAX_UNSENT_EVENTS = 200;

let waiting = 0;
let warnedFull = false;

/**
 * Send a warning event; when it did not get stored (no worker answered because it was stopped
 * mid-way or is waking up, or its database write failed), try again later, a few times. An
 * answer without an id (a refused event) is final.
 */
export function sendWarningEvent(payload: WarningShownMessage, onStored?: (eventId: number) => void, attempt = 0): void {
  browser.runtime
    .sendMessage(payload)
    .then((reply: unknown) => {
      const id = (reply as { id?: unknown } | undefined)?.id;
      if (typeof id === 'number') onStored?.(id);
    })
    .catch(() => {
      // The extension itself is gone (update, reload): the new version starts its own count.
      if (browser.runtime?.id == null) return;
      if (attempt >= RETRY_DELAYS_MS.length) {
        console.warn('[Not Alone] A warning could not be counted in the activity log.');
        return;
      }
      if (waiting >= MAX_UNSENT_EVENTS) {
        if (!warnedFull) console.warn('[Not Alone] Too many warnings waiting to be counted; some are not counted.');
        warnedFull = true;
        return;
      }
      waiting++;
      setTimeout(() => {
        waiting--;
        sendWarningEvent(payload, onStored, attempt + 1);
      }, RETRY_DELAYS_MS[attempt]);
    });
}
