// What the content script in the active tab reports. Only `storage` is needed: the tab's id
// comes from tabs.query (no URL is read) and the content script answers for its own page.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { TabStatus } from '@/lib/messages';

/** The active tab's status, or null when no content script answers (not a supported site). */
export async function activeTabStatus(): Promise<TabStatus | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const reply = await browser.tabs.sendMessage(tab.id, { type: 'get-tab-status' }, { frameId: 0 });
    const parsed = v.safeParse(TabStatus, reply);
    return parsed.success ? parsed.output : null;
  } catch {
    // "Receiving end does not exist": no content script on this page.
    return null;
  }
}
