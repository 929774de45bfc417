// Messenger: www.messenger.com and www.facebook.com/messages (incl. end-to-end encrypted
// `/messages/e2ee/t/<id>`), record `messenger-thread` in hooks.ts: the thread grid under
// `[role="main"]`, rows `[role="row"]` that hold a `[data-scope="messages_table"]` cell, the
// `__fb-light-mode`/`__fb-dark-mode` theme classes on people's rows, nested `dir="auto"` text.
// The same grid appears in chat boxes docked on ordinary facebook.com pages; the Facebook adapter
// reads those rows with `readMessengerRow`. No message id in the DOM: the scanner hashes
// conversation + sender + text.
import type { MessageRead, SiteAdapter } from './types';
import { MAX_RUN_LOOKBACK, collapse, looksRightAligned, queryWithin } from './dom-text';
import { hooksOf } from './hooks';
import { anyOf, findContainerBy, hasOwnMarker, longestTextBy, senderIn, surfaceMatches } from './hook-reader';
import { OWN_LABEL, PARTNER_IN_LABEL, UNSENT, hasOwnLabel, isUiString } from './meta-labels';

const HOOKS = hooksOf('messenger-thread');
const ROW = '[role="row"]';
const MESSAGE_ROW = anyOf(HOOKS.row);
const CELL = '[data-scope="messages_table"]';

export const messenger: SiteAdapter = {
  id: 'messenger',
  matchesUrl: (url) => surfaceMatches(HOOKS, url),
  expectsChat: (url) => threadIdOf(url) !== null,
  findContainer: (doc) => findContainerBy(doc, HOOKS),
  findMessages: (root) => queryWithin(root, ROW).filter(isMessengerRow),
  closestMessage(node) {
    const row = node.closest(ROW);
    return row && isMessengerRow(row) ? row : null;
  },
  readMessage: (row) => readMessengerRow(row),
  conversationKey: (_doc, url) => threadIdOf(url) ?? url.pathname,
  selectorsTried: [...HOOKS.container.match, ...HOOKS.row.match, ...HOOKS.text.match],
};

/** A person's message row (date separators and system rows have no messages_table cell). */
export function isMessengerRow(row: Element): boolean {
  return row.matches(MESSAGE_ROW);
}

export function readMessengerRow(row: Element): MessageRead | null {
  const cell = row.querySelector(CELL) ?? row;
  const text = longestTextBy(cell, HOOKS, isUiString);
  if (!text || UNSENT.test(text)) return null;
  const direction = isOwn(row, cell) ? 'out' : 'in';
  const read: MessageRead = { text, direction };
  if (direction === 'in') {
    const sender = senderOf(row);
    if (sender) read.sender = sender;
  }
  return read;
}

function threadIdOf(url: URL): string | null {
  return /\/(?:e2ee\/)?t\/([^/?#]+)/.exec(url.pathname)?.[1] ?? null;
}

function isOwn(row: Element, cell: Element): boolean {
  if (hasOwnLabel(row) || hasOwnMarker(row, HOOKS)) return true;
  // Last resort: the bubble's alignment. Rows from others carry an avatar and never sit right.
  if (row.querySelector('img[alt]')) return false;
  return looksRightAligned(cell, row.closest('[role="grid"]'));
}

/** Group chats: an `h5` names the sender above a run; 1:1 chats: the grid label names the partner. */
function senderOf(row: Element): string | undefined {
  let current: Element | null = row;
  for (let hops = 0; current && hops < MAX_RUN_LOOKBACK; hops++, current = current.previousElementSibling) {
    const name = senderIn(current, HOOKS);
    if (name && OWN_LABEL.test(name)) break; // the run before this one is the user's own
    if (name) return name;
    if (current !== row && !isMessengerRow(current)) break; // a date separator ends the run
  }
  const avatar = row.querySelector('img[alt]')?.getAttribute('alt');
  if (avatar) return collapse(avatar);
  const label = row.closest('[role="grid"], [aria-label^="Messages in conversation" i]')?.getAttribute('aria-label') ?? '';
  return PARTNER_IN_LABEL.exec(label)?.[1]?.trim();
}

