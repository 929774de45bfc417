// Instagram Direct: the thread at www.instagram.com/direct/t/<threadId>/ (record
// `instagram-direct`) and the floating DM pop-up shown on other pages (record `instagram-popup`).
// The DM DOM changed twice in 2026 (xafn/instafn): early 2026 the words sat inside the
// `[role=button][aria-label*="Double tap to like"]` bubble (so that button must not be excluded);
// from mid-2026 the list is `[data-pagelet="IGDMessagesList"]`, each message a
// `[role="group"][tabindex="-1"]` with its text in a `[role="presentation"]` bubble. Both are read.
// The child's own rows carry the hidden "You sent" label; alignment is the last resort.
// Instagram has no message id in the DOM, so the scanner hashes conversation + sender + text.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, looksRightAligned, queryWithin } from './dom-text';
import { hooksOf, type SurfaceHooks } from './hooks';
import { anyOf, findContainerBy, longestTextBy, pageElement, surfaceMatches } from './hook-reader';
import { PARTNER_IN_LABEL, UNSENT, hasOwnLabel, isUiString } from './meta-labels';

const DIRECT = hooksOf('instagram-direct');
const POPUP = hooksOf('instagram-popup');
const ROW = anyOf(DIRECT.row);
const TEXT = anyOf(DIRECT.text);
const REPLIED_TO_YOU = /^(.+?) (replied to you|đã trả lời bạn|vous a répondu)/i;
/** The pop-up's label names the partner ("Conversation with <name>"). */
const POPUP_LABEL = '[aria-label*="Conversation with" i], [aria-label*="Cuộc trò chuyện với" i], [aria-label*="Conversation avec" i]';

/** The pop-up's labelled element, found once per page; its label is read each time (it changes with the chat). */
const popupLabel = pageElement((doc) => doc.querySelector(POPUP_LABEL));
function popupPartner(doc: Document): string | undefined {
  return PARTNER_IN_LABEL.exec(popupLabel(doc)?.getAttribute('aria-label') ?? '')?.[1]?.trim();
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  matchesUrl: (url) => surfaceMatches(POPUP, url),
  // A thread page, or any page with the DM pop-up open.
  expectsChat: (url, doc) => threadIdOf(url) !== null || (doc !== undefined && findContainerBy(doc, POPUP) !== null),
  findContainer: (doc) => findContainerBy(doc, surfaceAt(new URL(doc.location.href))),
  findMessages: (root) => queryWithin(root, ROW).filter((row) => row.querySelector(TEXT) !== null && !row.parentElement?.closest(ROW)),
  closestMessage(node) {
    let row = node.closest(ROW);
    while (row?.parentElement?.closest(ROW)) row = row.parentElement.closest(ROW);
    return row;
  },
  readMessage(row) {
    const text = longestTextBy(row, DIRECT, isUiString);
    if (!text || UNSENT.test(text)) return null;
    const list = row.closest(anyOf(DIRECT.container));
    const outgoing = hasOwnLabel(row) || looksRightAligned(row.querySelector(TEXT) ?? row, list);
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in' };
    if (!outgoing) {
      const sender = senderOf(row);
      if (sender) read.sender = sender;
    }
    return read;
  },
  conversationKey(doc, url) {
    const thread = threadIdOf(url);
    if (thread) return thread;
    const partner = popupPartner(doc);
    return partner ? `popup/${partner}` : url.pathname;
  },
  selectorsTried: [...DIRECT.container.match, ...POPUP.container.match, ...DIRECT.row.match, ...DIRECT.text.match],
};

function surfaceAt(url: URL): SurfaceHooks {
  return surfaceMatches(DIRECT, url) ? DIRECT : POPUP;
}

function threadIdOf(url: URL): string | null {
  return /^\/direct\/t\/([^/?#]+)/.exec(url.pathname)?.[1] ?? null;
}

/** "<name> replied to you" in the row, else the partner named by the thread or pop-up label (1:1 chats). */
function senderOf(row: Element): string | undefined {
  for (const el of row.querySelectorAll('span, div')) {
    if (el.childElementCount > 0) continue;
    const name = REPLIED_TO_YOU.exec(collapse(el.textContent ?? ''))?.[1];
    if (name) return name;
  }
  const label = row.closest('[aria-label*="conversation" i], [aria-label*="cuộc trò chuyện" i]')?.getAttribute('aria-label') ?? '';
  return PARTNER_IN_LABEL.exec(label)?.[1]?.trim() ?? (threadIdOf(new URL(row.ownerDocument.location.href)) ? undefined : popupPartner(row.ownerDocument));
}
