// YouTube (www.youtube.com): video comments on watch/shorts pages and live chat, which runs in its
// own document (`iframe#chatframe` → /live_chat, or the popout) — the content script runs in all
// frames. Hooks from ../shared/research/site-dom.md §5: custom elements `ytd-comment-view-model` /
// `ytd-comment-renderer` with `#content-text` and `#author-text`, and
// `yt-live-chat-text-message-renderer` (its `id` is the message id) with `#message` and
// `#author-name` [A]. No source found a "sent by me" marker on either, so every message is read
// as incoming (the sender is always named).
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, queryWithin, textOf } from './dom-text';

const CHAT_CONTAINERS = ['yt-live-chat-item-list-renderer #items', '#chat #items', 'yt-live-chat-app'] as const;
const COMMENT_CONTAINERS = ['ytd-comments#comments', 'ytd-comments', '#comments', 'ytm-comment-section-renderer'] as const;
const CHAT_MESSAGE = 'yt-live-chat-text-message-renderer, yt-live-chat-paid-message-renderer';
const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer, ytm-comment-renderer';
const MESSAGE = `${CHAT_MESSAGE}, ${COMMENT}`;
/** Emoji are images (their alt is kept by textOf only as text nodes, so they are simply left out). */
const NOT_USER_TEXT = 'tp-yt-paper-button, #more, #less, .more-button, .less-button';

export const youtube: SiteAdapter = {
  id: 'youtube',
  matchesUrl: (url) => url.hostname === 'www.youtube.com' || url.hostname === 'm.youtube.com',
  expectsChat: (url) => isLiveChat(url),
  findContainer: (doc) =>
    isLiveChat(new URL(doc.location.href)) ? firstMatch(doc, CHAT_CONTAINERS) : firstMatch(doc, COMMENT_CONTAINERS),
  findMessages: (root) => queryWithin(root, MESSAGE).filter((el) => !el.hasAttribute('is-deleted')),
  closestMessage: (node) => node.closest(MESSAGE),
  readMessage(el) {
    if (el.hasAttribute('is-deleted')) return null;
    return el.matches(CHAT_MESSAGE) ? readChat(el) : readComment(el);
  },
  conversationKey(doc, url) {
    const video = url.searchParams.get('v') ?? /^\/(?:shorts|live)\/([^/?#]+)/.exec(url.pathname)?.[1];
    const kind = isLiveChat(url) ? 'live' : 'comments';
    return `${kind}/${video ?? doc.querySelector('ytd-watch-flexy[video-id]')?.getAttribute('video-id') ?? url.pathname}`;
  },
  selectorsTried: [...CHAT_CONTAINERS, ...COMMENT_CONTAINERS, CHAT_MESSAGE, COMMENT, '#message', '#content-text'],
};

function isLiveChat(url: URL): boolean {
  return url.pathname.startsWith('/live_chat');
}

function readChat(el: Element): MessageRead | null {
  const text = textOf(el.querySelector('#message'));
  if (!text) return null;
  const read: MessageRead = { text, direction: 'in' };
  const sender = collapse(firstMatch(el, ['#author-name', '#author-name-v2'])?.textContent ?? '');
  if (sender) read.sender = sender;
  if (el.id) read.platformId = `live:${el.id}`;
  return read;
}

function readComment(el: Element): MessageRead | null {
  const text = textOf(el.querySelector('#content-text'), NOT_USER_TEXT);
  if (!text) return null;
  const author = collapse(el.querySelector('#author-text')?.textContent ?? '');
  const read: MessageRead = { text, direction: 'in' };
  if (author) read.sender = author;
  // The permalink on the time carries the comment id (&lc=…).
  const permalink = el.querySelector('#published-time-text a, a[href*="lc="]')?.getAttribute('href') ?? '';
  const id = /[?&]lc=([^&#]+)/.exec(permalink)?.[1];
  if (id) read.platformId = `comment:${id}`;
  return read;
}
