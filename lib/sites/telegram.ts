// Telegram Web, both clients; both are open source, so the hooks come from the clients themselves
// (records `telegram-k` and `telegram-a` in hooks.ts):
// - Web K (tweb): the first `.bubbles-inner` in document order is the empty remover
//   (`div.bubbles-remover.bubbles-inner`), and every opened chat keeps its own `.chat.tabs-tab` in
//   the DOM, so the list is the active tab's `.bubbles-inner` that is not the remover.
// - Web A (telegram-tt): `.message-list-item[data-message-id]`, `.own` on the user's rows.
// The chat is the URL hash (`#<peerId>` or `#@username`); message ids are per chat.
import type { MessageRead, SiteAdapter } from './types';
import { MAX_RUN_LOOKBACK, collapse, firstMatch } from './dom-text';
import { hooksOf } from './hooks';
import { anyOf, findContainerBy, firstText, isSkipped, pageElement, rowAround, rowsIn, senderIn, surfaceMatches } from './hook-reader';

const K = hooksOf('telegram-k');
const A = hooksOf('telegram-a');
const CLIENTS = [K, A] as const;
const CHAT_TITLE = ['.chat.tabs-tab.active .chat-info .peer-title', '#column-center .chat-info .peer-title', '.ChatInfo .title'] as const;

export const telegram: SiteAdapter = {
  id: 'telegram',
  matchesUrl: (url) => CLIENTS.some((client) => surfaceMatches(client, url)),
  expectsChat: (url) => chatOf(url) !== '',
  findContainer: (doc) => findContainerBy(doc, clientAt(doc)) ?? findContainerBy(doc, otherThan(clientAt(doc))),
  findMessages: (root) => CLIENTS.flatMap((client) => rowsIn(root, client)),
  closestMessage: (node) => rowAround(node, K) ?? rowAround(node, A),
  readMessage(row) {
    const client = row.matches(anyOf(K.row)) ? K : A;
    if (isSkipped(row, client)) return null;
    const text = firstText(row, client);
    if (!text) return null;
    const outgoing = row.matches(anyOf(client.own));
    const id = row.getAttribute('data-mid') ?? row.getAttribute('data-message-id') ?? '';
    const chat = chatOf(new URL(row.ownerDocument.location.href));
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in', platformId: `${chat}/${id}` };
    if (!outgoing) {
      const sender = senderIn(row, client) || lastSender(row, client) || partnerOf(row.ownerDocument, chat);
      if (sender) read.sender = sender;
    }
    return read;
  },
  conversationKey: (_doc, url) => chatOf(url) || 'none',
  selectorsTried: [...K.container.match, ...A.container.match, ...K.row.match, ...A.row.match],
};

function clientAt(doc: Document): typeof K {
  return new URL(doc.location.href).pathname.startsWith('/a') ? A : K;
}

function otherThan(client: typeof K): typeof K {
  return client === K ? A : K;
}

function chatOf(url: URL): string {
  return decodeURIComponent(url.hash.replace(/^#/, ''));
}

/** The chat title: its element found once per page, its text read each time (never stale after a switch). */
const chatTitle = pageElement(
  (doc) => firstMatch(doc, CHAT_TITLE),
  // Web K keeps several chats in the DOM: a title in a chat that is no longer active is stale.
  (title) => title.closest('.chat.tabs-tab')?.classList.contains('active') ?? true,
);
function partnerOf(doc: Document, chat: string): string | undefined {
  // Groups and channels (negative ids) name the sender in the bubble; their title is not a person.
  if (chat.startsWith('-')) return undefined;
  return collapse(chatTitle(doc)?.textContent ?? '') || undefined;
}

/** Groups show the name on the first message of a run only. */
function lastSender(row: Element, client: typeof K): string | undefined {
  const rowSelector = anyOf(client.row);
  let current = row.previousElementSibling;
  for (let hops = 0; current && hops < MAX_RUN_LOOKBACK; hops++, current = current.previousElementSibling) {
    if (!current.matches(rowSelector) || current.matches(anyOf(client.own))) return undefined;
    const name = senderIn(current, client);
    if (name) return name;
  }
  return undefined;
}
