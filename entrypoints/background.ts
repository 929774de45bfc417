import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '@/lib/messages';
import { NotAloneDb, recordEvent } from '@/lib/store/event-log';

export default defineBackground(() => {
  const db = new NotAloneDb();

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only this extension's own content scripts and pages may write to the log.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (!message) {
      console.warn('[Not Alone] Dropped a malformed message', raw);
      return undefined;
    }
    if (message.type === 'warning-shown') {
      return recordEvent(db, message.event).then(() => ({ ok: true }));
    }
    return undefined;
  });
});
