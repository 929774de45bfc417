// TikTok (www.tiktok.com): direct messages (/messages) and video comments (/@user/video/<id>).
// Hooks from ../shared/research/site-dom.md §4: `data-e2e` attributes, which TikTok keeps for its
// own tests — chat rows `[data-e2e="chat-item"]`, comments `[data-e2e="comment-item"]` with text in
// `[data-e2e="comment-level-1|2"]` (matched on the attribute, not the tag: older builds used `p`) [A/B].
// In messages the user's own rows are those whose avatar links to the user's own @handle, read
// from the page's own profile link; alignment is the last resort.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, looksRightAligned, queryWithin, textOf } from './dom-text';
import { hooksOf } from './hooks';
import { anyOf, findContainerBy, pageElement, perDocument, surfaceMatches } from './hook-reader';

const MESSAGES = hooksOf('tiktok-messages');
const COMMENTS = hooksOf('tiktok-comments');
const CHAT_ITEM = anyOf(MESSAGES.row);
const COMMENT_ITEM = anyOf(COMMENTS.row);
const COMMENT_TEXT = anyOf(COMMENTS.text);
const HANDLE = /\/@([^/?#]+)/;
const SELF_RETRY_MS = 2000;
/** The signed-in user's own @handle, from the page's own profile link (read once per page). */
const selfHandle = perDocument((doc) => HANDLE.exec(firstMatch(doc, MESSAGES.self?.match ?? [])?.getAttribute('href') ?? '')?.[1], SELF_RETRY_MS, Number.POSITIVE_INFINITY);
/** The partner's nickname: the header is found once per page, its text read each time (chats switch in place). */
const nicknameElement = pageElement((doc) => doc.querySelector(anyOf(MESSAGES.sender)));
const chatNickname = (doc: Document) => collapse(nicknameElement(doc)?.textContent ?? '') || undefined;

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  matchesUrl: (url) => surfaceMatches(COMMENTS, url),
  expectsChat: (url) => url.pathname.startsWith('/messages') || /\/video\/\d+/.test(url.pathname),
  findContainer(doc) {
    const comments = findContainerBy(doc, COMMENTS);
    if (comments) return comments;
    // The chat box has no stable hook of its own: else observe the chat items' list.
    return findContainerBy(doc, MESSAGES) ?? doc.querySelector(CHAT_ITEM)?.parentElement ?? null;
  },
  findMessages(root) {
    const comments = queryWithin(root, COMMENT_TEXT).map(commentOf);
    return [...queryWithin(root, CHAT_ITEM), ...new Set(comments)];
  },
  closestMessage(node) {
    const chat = node.closest(CHAT_ITEM);
    if (chat) return chat;
    const text = node.closest(COMMENT_TEXT) ?? node.closest(COMMENT_ITEM)?.querySelector(COMMENT_TEXT);
    return text ? commentOf(text) : null;
  },
  readMessage(el) {
    return el.matches(CHAT_ITEM) ? readChat(el) : readComment(el);
  },
  conversationKey(doc, url) {
    if (url.pathname.startsWith('/messages')) {
      const handle = collapse(doc.querySelector('[data-e2e="chat-uniqueid"]')?.textContent ?? '').replace(/^@/, '');
      return `dm/${handle || 'unknown'}`;
    }
    return /\/video\/(\d+)/.exec(url.pathname)?.[1] ?? url.pathname;
  },
  selectorsTried: [...COMMENTS.container.match, ...MESSAGES.container.match, ...MESSAGES.row.match, ...COMMENTS.row.match, ...COMMENTS.text.match],
};

/** The innermost comment wrapper around a comment's text: replies sit inside their parent's thread. */
function commentOf(text: Element): Element {
  return text.closest(COMMENT_ITEM) ?? text;
}

function readComment(item: Element): MessageRead | null {
  const textEl = item.matches(COMMENT_TEXT) ? item : item.querySelector(COMMENT_TEXT);
  const text = textOf(textEl);
  if (!text) return null;
  const level = textEl?.getAttribute('data-e2e')?.endsWith('2') ? '2' : '1';
  const userEl = item.querySelector(`[data-e2e="comment-username-${level}"]`);
  // The creator badge ("Creator") sits inside the username element.
  const sender = textOf(userEl, anyOf(COMMENTS.exclude));
  const handle = HANDLE.exec(userEl?.querySelector('a[href*="/@"]')?.getAttribute('href') ?? userEl?.getAttribute('href') ?? '')?.[1];
  const self = selfHandle(item.ownerDocument);
  const read: MessageRead = { text, direction: handle && self && handle === self ? 'out' : 'in' };
  if (read.direction === 'in' && sender) read.sender = sender;
  return read;
}

function readChat(item: Element): MessageRead | null {
  const text = textOf(firstMatch(item, MESSAGES.text.match));
  if (!text) return null;
  const avatarLink = item.querySelector('a[href*="/@"]')?.getAttribute('href') ?? '';
  const handle = HANDLE.exec(avatarLink)?.[1];
  const self = selfHandle(item.ownerDocument);
  let outgoing: boolean;
  if (handle && self) outgoing = handle === self;
  else outgoing = looksRightAligned(item.firstElementChild ?? item, item.parentElement);
  const read: MessageRead = { text, direction: outgoing ? 'out' : 'in' };
  if (!outgoing) {
    const name = chatNickname(item.ownerDocument);
    if (name || handle) read.sender = name || handle;
  }
  return read;
}
