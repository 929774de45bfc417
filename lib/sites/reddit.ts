// Reddit comments: new Reddit's `shreddit-comment` custom elements and old Reddit's `.thing.comment`
// (../shared/research/site-dom.md §11, defuddle reddit.ts [A]). A `shreddit-comment` keeps its
// text in light DOM (`[slot="comment"]`), its nested replies as child `shreddit-comment`s, and
// its author / `thingid` as attributes — so no shadow root needs opening. Direction: on old Reddit
// the user's own comments are those whose `data-author` is the header's user; new Reddit exposes no
// documented hook for the signed-in user, so its comments are all read as incoming.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, queryWithin, textOf } from './dom-text';

const CONTAINER_SELECTORS = ['shreddit-comment-tree', '#comment-tree', '.commentarea .sitetable', '.commentarea', 'main'] as const;
const NEW_COMMENT = 'shreddit-comment';
const OLD_COMMENT = '.thing.comment[data-author], .thing.comment';
const COMMENT = `${NEW_COMMENT}, ${OLD_COMMENT}`;
/** The comment's own text element (replies are nested comments and are not part of it). */
const NEW_TEXT = ['[slot="comment"]', 'shreddit-comment-body', 'div[id$="-post-rtjson-content"]'] as const;
const OLD_TEXT = ['.entry .usertext-body .md', '.usertext-body .md'] as const;
const NOT_USER_TEXT = 'blockquote, time, button, faceplate-timeago';

export const reddit: SiteAdapter = {
  id: 'reddit',
  matchesUrl: (url) => url.hostname === 'www.reddit.com' || url.hostname === 'old.reddit.com',
  expectsChat: (url) => /\/comments\/[^/]+/.test(url.pathname),
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, COMMENT).filter((el) => !el.matches('.deleted')),
  closestMessage: (node) => node.closest(COMMENT),
  readMessage(el) {
    const isNew = el.matches(NEW_COMMENT);
    const textEl = ownChild(el, isNew ? NEW_TEXT : OLD_TEXT);
    // Quotes (`> …`) repeat another comment's words; they are skipped like quoted replies in chats.
    const text = textOf(textEl, NOT_USER_TEXT);
    if (!text || text === '[deleted]' || text === '[removed]') return null;
    const author = (el.getAttribute('author') ?? el.getAttribute('data-author') ?? '').trim();
    const self = selfName(el.ownerDocument);
    const read: MessageRead = { text, direction: author && self && author === self ? 'out' : 'in' };
    if (read.direction === 'in' && author) read.sender = author;
    const id = el.getAttribute('thingid') ?? el.getAttribute('data-fullname') ?? '';
    if (id) read.platformId = id;
    return read;
  },
  conversationKey: (_doc, url) => /\/comments\/([^/]+)/.exec(url.pathname)?.[1] ?? url.pathname,
  selectorsTried: [...CONTAINER_SELECTORS, NEW_COMMENT, OLD_COMMENT, ...NEW_TEXT, ...OLD_TEXT],
};

/** The first element matching one of `selectors` that belongs to `comment` itself, not to a reply. */
function ownChild(comment: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of comment.querySelectorAll(selector)) {
      if (el.closest(COMMENT) === comment) return el;
    }
  }
  return null;
}

/** The signed-in user, from old Reddit's header (new Reddit shows no documented hook for it). */
function selfName(doc: Document): string | undefined {
  const name = collapse(doc.querySelector('#header .user > a[href*="/user/"]')?.textContent ?? '');
  return name || undefined;
}
