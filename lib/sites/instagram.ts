// Instagram Direct (www.instagram.com/direct/t/<threadId>/). Hooks from
// ../shared/research/site-dom.md §3: the thread labelled "Messages in conversation with <name>"
// (localised), `[role="row"]` rows, user text in `div[dir="auto"]`, the hidden "You sent" label on
// the user's own rows [B] (rayguang6; Safari_Automations advises aria-labels over classes).
// Instagram has no message id in the DOM, so the scanner hashes conversation + sender + text.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, longestText, looksRightAligned, queryWithin } from './dom-text';
import { PARTNER_IN_LABEL, UNSENT, hasOwnLabel, isUiString } from './meta-labels';

const CONTAINER_SELECTORS = [
  '[aria-label*="Messages in conversation" i]',
  '[aria-label*="Tin nhắn trong cuộc trò chuyện" i]',
  '[aria-label*="Messages dans la conversation" i]',
  '[role="log"]',
  '[aria-label*="Message thread" i]',
] as const;
const ROW = '[role="row"]';
const TEXT = 'div[dir="auto"], span[dir="auto"]';
/** Reply previews ("Original message"), reactions, profile links and buttons are not the words. */
const NOT_USER_TEXT = '[role="button"], [role="link"], a, h4, h5, h6, [aria-label*="reaction" i], blockquote';
const REPLIED_TO_YOU = /^(.+?) (replied to you|đã trả lời bạn|vous a répondu)/i;

export const instagram: SiteAdapter = {
  id: 'instagram',
  matchesUrl: (url) => url.hostname === 'www.instagram.com' && url.pathname.startsWith('/direct/'),
  expectsChat: (url) => threadIdOf(url) !== null,
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, ROW).filter((row) => row.querySelector(TEXT) !== null && !row.parentElement?.closest(ROW)),
  closestMessage(node) {
    let row = node.closest(ROW);
    while (row?.parentElement?.closest(ROW)) row = row.parentElement.closest(ROW);
    return row;
  },
  readMessage(row) {
    const text = longestText(row, TEXT, NOT_USER_TEXT, isUiString);
    if (!text || UNSENT.test(text)) return null;
    const outgoing = hasOwnLabel(row) || looksRightAligned(row.querySelector(TEXT) ?? row, row.closest(CONTAINER_SELECTORS.join(', ')));
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in' };
    if (!outgoing) {
      const sender = senderOf(row);
      if (sender) read.sender = sender;
    }
    return read;
  },
  conversationKey: (_doc, url) => threadIdOf(url) ?? url.pathname,
  selectorsTried: [...CONTAINER_SELECTORS, ROW, TEXT],
};

function threadIdOf(url: URL): string | null {
  return /^\/direct\/t\/([^/?#]+)/.exec(url.pathname)?.[1] ?? null;
}

/** "<name> replied to you" in the row, else the partner named in the thread's label (1:1 chats). */
function senderOf(row: Element): string | undefined {
  for (const el of row.querySelectorAll('span, div')) {
    if (el.childElementCount > 0) continue;
    const name = REPLIED_TO_YOU.exec(collapse(el.textContent ?? ''))?.[1];
    if (name) return name;
  }
  const label = row.closest('[aria-label]')?.getAttribute('aria-label') ?? '';
  return PARTNER_IN_LABEL.exec(label)?.[1]?.trim();
}
