// YouTube (www.youtube.com and m.youtube.com): video comments on watch/shorts pages and live chat,
// which runs in its own document (`iframe#chatframe` → /live_chat, or the popout) — the content
// script runs in all frames. Records `youtube-comments` and `youtube-live-chat` in hooks.ts.
// No source found a "sent by me" marker on either, so every message is read as incoming.
import type { MessageRead, SiteAdapter } from './types';
import { collapse } from './dom-text';
import { hooksOf } from './hooks';
import { anyOf, findContainerBy, firstText, isSkipped, rowAround, rowsIn, senderIn, surfaceMatches } from './hook-reader';

const CHAT = hooksOf('youtube-live-chat');
const COMMENTS = hooksOf('youtube-comments');

export const youtube: SiteAdapter = {
  id: 'youtube',
  matchesUrl: (url) => surfaceMatches(COMMENTS, url),
  expectsChat: (url) => isLiveChat(url),
  findContainer: (doc) => findContainerBy(doc, isLiveChat(new URL(doc.location.href)) ? CHAT : COMMENTS),
  findMessages: (root) => [...rowsIn(root, CHAT), ...rowsIn(root, COMMENTS)].sort(documentOrder),
  closestMessage: (node) => rowAround(node, CHAT) ?? rowAround(node, COMMENTS),
  readMessage(el) {
    if (el.matches(anyOf(CHAT.row))) return isSkipped(el, CHAT) ? null : readChat(el);
    return readComment(el);
  },
  conversationKey(doc, url) {
    if (isLiveChat(url)) return `live/${liveStreamOf(doc, url)}`;
    const video = url.searchParams.get('v') ?? /^\/(?:shorts|live)\/([^/?#]+)/.exec(url.pathname)?.[1];
    return `comments/${video ?? doc.querySelector('ytd-watch-flexy[video-id]')?.getAttribute('video-id') ?? url.pathname}`;
  },
  selectorsTried: [...CHAT.container.match, ...COMMENTS.container.match, ...CHAT.row.match, ...COMMENTS.row.match, ...CHAT.text.match, ...COMMENTS.text.match],
};

function isLiveChat(url: URL): boolean {
  return surfaceMatches(CHAT, url);
}

function documentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The stream a live chat belongs to. The popout has `?v=`; the chat embedded in a watch page is
 * `/live_chat?continuation=…` with no video id, so it is read from the (same-origin) watch page
 * around the frame, else from the continuation token — never one key shared by every stream.
 */
const streams = new WeakMap<Document, { href: string; stream: string }>();
function liveStreamOf(doc: Document, url: URL): string {
  // Once per chat address, not once per message (the watch page around it is not re-read).
  const known = streams.get(doc);
  if (known?.href === url.href) return known.stream;
  const stream = findLiveStream(doc, url);
  streams.set(doc, { href: url.href, stream });
  return stream;
}

function findLiveStream(doc: Document, url: URL): string {
  const video = url.searchParams.get('v');
  if (video) return video;
  try {
    const parent = doc.defaultView?.parent;
    if (parent && parent !== doc.defaultView) {
      const watch = new URL(parent.location.href);
      const fromParent =
        watch.searchParams.get('v') ??
        /^\/(?:live|shorts)\/([^/?#]+)/.exec(watch.pathname)?.[1] ??
        parent.document.querySelector('ytd-watch-flexy[video-id]')?.getAttribute('video-id');
      if (fromParent) return fromParent;
    }
  } catch {
    // A cross-origin embedder (a third-party site): fall through to the token.
  }
  const continuation = url.searchParams.get('continuation');
  return continuation ? `c:${tokenDigest(continuation)}` : url.pathname;
}

function readChat(el: Element): MessageRead | null {
  const text = firstText(el, CHAT);
  if (!text) return null;
  const read: MessageRead = { text, direction: 'in' };
  const sender = senderIn(el, CHAT);
  if (sender) read.sender = sender;
  if (el.id) read.platformId = `live:${el.id}`;
  return read;
}

function readComment(el: Element): MessageRead | null {
  const text = firstText(el, COMMENTS);
  if (!text) return null;
  const read: MessageRead = { text, direction: 'in' };
  const author = collapse(senderIn(el, COMMENTS));
  if (author) read.sender = author;
  // The permalink on the time carries the comment id (&lc=…).
  const permalink = el.querySelector('#published-time-text a, a[href*="lc="]')?.getAttribute('href') ?? '';
  const id = /[?&]lc=([^&#]+)/.exec(permalink)?.[1];
  if (id) read.platformId = `comment:${id}`;
  return read;
}



/** A short digest of the whole continuation token (32-bit FNV-1a, base 36): distinct streams, distinct keys. */
function tokenDigest(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
