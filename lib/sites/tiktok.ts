// TikTok (www.tiktok.com): direct messages (/messages) and video comments (/@user/video/<id>).
// Hooks from ../shared/research/site-dom.md §4: `data-e2e` attributes, which TikTok keeps for its
// own tests — chat rows `[data-e2e="chat-item"]`, comments `[data-e2e="comment-item"]` with text in
// `[data-e2e="comment-level-1|2"]` (matched on the attribute, not the tag: older builds used `p`) [A/B].
// In messages the user's own rows are those whose avatar links to the user's own @handle, read
// from the page's own profile link; alignment is the last resort.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, looksRightAligned, queryWithin, textOf } from './dom-text';

const CHAT_CONTAINERS = ['[class*="DivChatBox"]', '[class*="DivChatMainContent"]', '[data-e2e="chat-item"]'] as const;
const COMMENT_CONTAINERS = ['[data-e2e="comment-list"]', '[class*="DivCommentListContainer"]'] as const;
const CHAT_ITEM = '[data-e2e="chat-item"]';
const COMMENT_ITEM = '[data-e2e="comment-item"], [class*="DivCommentItemWrapper"], [class*="DivCommentObjectWrapper"]';
const COMMENT_TEXT = '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]';
const CHAT_TEXT = ['[class*="DivTextContainer"]', 'p', '[dir="auto"]'] as const;
const HANDLE = /\/@([^/?#]+)/;
/** The signed-in user's own profile link in the page chrome. */
const SELF_LINK = ['[data-e2e="nav-profile"] a[href*="/@"]', 'a[data-e2e="nav-profile"][href*="/@"]', '[data-e2e="profile-icon"] a[href*="/@"]'] as const;

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  matchesUrl: (url) => url.hostname === 'www.tiktok.com',
  expectsChat: (url) => url.pathname.startsWith('/messages') || /\/video\/\d+/.test(url.pathname),
  findContainer(doc) {
    const comments = firstMatch(doc, COMMENT_CONTAINERS);
    if (comments) return comments;
    const chatItem = doc.querySelector(CHAT_ITEM);
    // The chat box has no stable hook of its own: observe the chat items' list.
    return firstMatch(doc, CHAT_CONTAINERS.slice(0, 2)) ?? chatItem?.parentElement ?? null;
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
  selectorsTried: [...COMMENT_CONTAINERS, ...CHAT_CONTAINERS, CHAT_ITEM, COMMENT_ITEM, COMMENT_TEXT],
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
  const sender = textOf(userEl, '[data-e2e="comment-author-tag"]');
  const handle = HANDLE.exec(userEl?.querySelector('a[href*="/@"]')?.getAttribute('href') ?? userEl?.getAttribute('href') ?? '')?.[1];
  const self = selfHandle(item.ownerDocument);
  const read: MessageRead = { text, direction: handle && self && handle === self ? 'out' : 'in' };
  if (read.direction === 'in' && sender) read.sender = sender;
  return read;
}

function readChat(item: Element): MessageRead | null {
  const text = textOf(firstMatch(item, CHAT_TEXT));
  if (!text) return null;
  const avatarLink = item.querySelector('a[href*="/@"]')?.getAttribute('href') ?? '';
  const handle = HANDLE.exec(avatarLink)?.[1];
  const self = selfHandle(item.ownerDocument);
  let outgoing: boolean;
  if (handle && self) outgoing = handle === self;
  else outgoing = looksRightAligned(item.firstElementChild ?? item, item.parentElement);
  const read: MessageRead = { text, direction: outgoing ? 'out' : 'in' };
  if (!outgoing) {
    const name = collapse(item.ownerDocument.querySelector('[data-e2e="chat-nickname"]')?.textContent ?? '');
    if (name || handle) read.sender = name || handle;
  }
  return read;
}

function selfHandle(doc: Document): string | undefined {
  return HANDLE.exec(firstMatch(doc, SELF_LINK)?.getAttribute('href') ?? '')?.[1];
}
