// Messenger: www.messenger.com and www.facebook.com/messages (incl. end-to-end encrypted
// `/messages/e2ee/t/<id>`). Hooks from ../shared/research/site-dom.md §1: the thread grid under
// `[role="main"]`, rows `[role="row"]` that hold a `[data-scope="messages_table"]` cell, the
// `__fb-light-mode`/`__fb-dark-mode` theme classes on people's rows, nested `dir="auto"` text [A].
// Messenger has no message id in the DOM, so the scanner hashes conversation + sender + text.
import type { MessageRead, SiteAdapter } from './types';
import { MAX_RUN_LOOKBACK, collapse, firstMatch, longestText, looksRightAligned, queryWithin, textOf } from './dom-text';
import { OWN_LABEL, PARTNER_IN_LABEL, UNSENT, hasOwnLabel, isUiString } from './meta-labels';


const CONTAINER_SELECTORS = [
  '[role="main"] [role="grid"][aria-label*="Messages" i]',
  '[role="main"] [role="grid"][aria-label*="Tin nhắn" i]',
  '[role="main"] [role="grid"][aria-label*="Messages dans" i]',
  '[role="main"] [role="grid"]',
] as const;
const ROW = '[role="row"]';
const CELL = '[data-scope="messages_table"]';
const THEMED_ROW = '.__fb-light-mode, .__fb-dark-mode';
const TEXT = 'div[dir="auto"], span[dir="auto"]';
/** Inside a row but not the user's words: headings, reactions, reply previews, seen receipts. */
const NOT_USER_TEXT = 'h4, h5, [role="button"], [role="img"], [data-testid="messenger_delivery_status"]';
export const messenger: SiteAdapter = {
  id: 'messenger',
  matchesUrl: (url) =>
    url.hostname === 'www.messenger.com' || (url.hostname === 'www.facebook.com' && /^\/messages(\/|$)/.test(url.pathname)),
  expectsChat: (url) => threadIdOf(url) !== null,
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, ROW).filter(isMessageRow),
  closestMessage(node) {
    const row = node.closest(ROW);
    return row && isMessageRow(row) ? row : null;
  },
  readMessage(row) {
    const cell = row.querySelector(CELL) ?? row;
    const text = longestText(cell, TEXT, NOT_USER_TEXT, isUiString);
    if (!text || UNSENT.test(text)) return null;
    const direction = isOwn(row, cell) ? 'out' : 'in';
    const read: MessageRead = { text, direction };
    if (direction === 'in') {
      const sender = senderOf(row);
      if (sender) read.sender = sender;
    }
    return read;
  },
  conversationKey: (_doc, url) => threadIdOf(url) ?? url.pathname,
  selectorsTried: [...CONTAINER_SELECTORS, `${ROW}:has(${CELL})`, THEMED_ROW, TEXT],
};

function isMessageRow(row: Element): boolean {
  return row.querySelector(CELL) !== null || row.matches(THEMED_ROW);
}

function threadIdOf(url: URL): string | null {
  return /\/(?:e2ee\/)?t\/([^/?#]+)/.exec(url.pathname)?.[1] ?? null;
}

function isOwn(row: Element, cell: Element): boolean {
  if (hasOwnLabel(row)) return true;
  if (row.querySelector('[data-testid="messenger_delivery_status"]')) return true;
  // Last resort: the bubble's alignment. Rows from others carry an avatar and never sit right.
  if (row.querySelector('img[alt]')) return false;
  return looksRightAligned(cell, row.closest('[role="grid"]'));
}

/** Group chats: an `h5` names the sender above a run; 1:1 chats: the grid label names the partner. */
function senderOf(row: Element): string | undefined {
  let current: Element | null = row;
  for (let hops = 0; current && hops < MAX_RUN_LOOKBACK; hops++, current = current.previousElementSibling) {
    const heading = current.querySelector(`${CELL} h5, h5`);
    const name = heading ? textOf(heading) : '';
    if (name && OWN_LABEL.test(name)) break; // the run before this one is the user's own
    if (name) return name;
    if (current !== row && !isMessageRow(current)) break; // a date separator ends the run
  }
  const avatar = row.querySelector('img[alt]')?.getAttribute('alt');
  if (avatar) return collapse(avatar);
  const label = row.closest('[role="grid"]')?.getAttribute('aria-label') ?? '';
  return PARTNER_IN_LABEL.exec(label)?.[1]?.trim();
}
