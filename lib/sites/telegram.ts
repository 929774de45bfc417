// Telegram Web, both clients (../shared/research/site-dom.md §9). Both are open source, so these
// hooks come from the clients themselves [A]:
// - Web K (web.telegram.org/k, tweb bubbles.ts): `.bubble[data-mid]` rows, `.is-out`/`.is-in`,
//   text in `.message` beside `.time` and `.reactions`, `.peer-title` for senders in groups.
// - Web A (web.telegram.org/a, telegram-tt Message.tsx): `.Message.message-list-item[data-message-id]`,
//   `.own` on the user's rows, `.text-content` with `.MessageMeta` and `.Reactions` inside,
//   service rows `.ActionMessage` and `.DeletedMessage` skipped.
// The chat is the URL hash (`#<peerId>` or `#@username`); message ids are per chat.
import type { MessageRead, SiteAdapter } from './types';
import { MAX_RUN_LOOKBACK, collapse, firstMatch, queryWithin, textOf } from './dom-text';

const CONTAINER_SELECTORS = ['.bubbles-inner', '#column-center .bubbles', '.MessageList', '#MiddleColumn .messages-container'] as const;
const ROW_K = '.bubble[data-mid]';
const ROW_A = '.message-list-item[data-message-id]';
const ROW = `${ROW_K}, ${ROW_A}`;
const SERVICE = '.ActionMessage, .DeletedMessage, .service, .is-date';
/** Inside the text element but not the user's words. */
const NOT_USER_TEXT = '.time, .time-inner, .reactions, .reply, .name, .peer-title, .MessageMeta, .message-time, .Reactions, .EmbeddedMessage, .message-title, .sender-title, .bubble-name-forwarded';
const TEXT = ['.text-content', '.translatable-message', '.message'] as const;
const CHAT_TITLE = ['#column-center .chat-info .peer-title', '.chat-info .peer-title', '.ChatInfo .title'] as const;
const SENDER = ['.message-title-name', '.sender-title', '.message-title', '.name .peer-title', '.peer-title'] as const;

export const telegram: SiteAdapter = {
  id: 'telegram',
  matchesUrl: (url) => url.hostname === 'web.telegram.org',
  expectsChat: (url) => chatOf(url) !== '',
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, ROW).filter((el) => !el.matches(SERVICE)),
  closestMessage(node) {
    const row = node.closest(ROW);
    return row && !row.matches(SERVICE) ? row : null;
  },
  readMessage(row) {
    if (row.matches(SERVICE)) return null;
    const textEl = firstMatch(row, TEXT);
    const text = textOf(textEl, NOT_USER_TEXT);
    if (!text) return null;
    const outgoing = row.matches('.is-out, .own');
    const id = row.getAttribute('data-mid') ?? row.getAttribute('data-message-id') ?? '';
    const chat = chatOf(new URL(row.ownerDocument.location.href));
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in', platformId: `${chat}/${id}` };
    if (!outgoing) {
      const sender = collapse(firstMatch(row, SENDER)?.textContent ?? '') || lastSender(row) || partnerOf(row.ownerDocument);
      if (sender) read.sender = sender;
    }
    return read;
  },
  conversationKey: (_doc, url) => chatOf(url) || 'none',
  selectorsTried: [...CONTAINER_SELECTORS, ROW_K, ROW_A, ...TEXT],
};

/** One-to-one chats (positive peer ids, @usernames) name no sender in bubbles: it is the chat's title. */
function partnerOf(doc: Document): string | undefined {
  if (chatOf(new URL(doc.location.href)).startsWith('-')) return undefined;
  return collapse(firstMatch(doc, CHAT_TITLE)?.textContent ?? '') || undefined;
}

function chatOf(url: URL): string {
  return decodeURIComponent(url.hash.replace(/^#/, ''));
}

/** Groups show the name on the first message of a run only (Web A: `first-in-group`). */
function lastSender(row: Element): string | undefined {
  let current = row.previousElementSibling;
  for (let hops = 0; current && hops < MAX_RUN_LOOKBACK; hops++, current = current.previousElementSibling) {
    if (!current.matches(ROW) || current.matches('.is-out, .own')) return undefined;
    const name = collapse(firstMatch(current, SENDER)?.textContent ?? '');
    if (name) return name;
  }
  return undefined;
}
