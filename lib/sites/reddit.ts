// Reddit comments: new Reddit's `shreddit-comment` custom elements (record `reddit-comments`) and
// old Reddit's `.thing.comment` (record `reddit-old-comments`), after kepano/defuddle's extractor.
// A `shreddit-comment` keeps its text in light DOM (`[slot="comment"]`, also
// `[id$="-comment-rtjson-content"]`), its replies as child `shreddit-comment`s and its author /
// `thingid` as attributes. Direction: on old Reddit the user's own comments are those whose
// `data-author` is the header's user; new Reddit exposes no documented hook for the signed-in
// user, so its comments are all read as incoming. Reddit chat: ./reddit-chat.ts.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, textOf } from './dom-text';
import { hooksOf, type SurfaceHooks } from './hooks';
import { anyOf, findContainerBy, isSkipped, perDocument, rowsIn, surfaceMatches } from './hook-reader';

const NEW = hooksOf('reddit-comments');
const OLD = hooksOf('reddit-old-comments');
const COMMENT = `${anyOf(NEW.row)}, ${anyOf(OLD.row)}`;
const SELF_RETRY_MS = 2000;

const selfName = perDocument((doc) => collapse(doc.querySelector(anyOf(OLD.self))?.textContent ?? '') || undefined, SELF_RETRY_MS, Number.POSITIVE_INFINITY);

export const reddit: SiteAdapter = {
  id: 'reddit',
  matchesUrl: (url) => surfaceMatches(NEW, url) || surfaceMatches(OLD, url),
  expectsChat: (url) => /\/comments\/[^/]+/.test(url.pathname),
  findContainer: (doc) => findContainerBy(doc, surfaceMatches(OLD, new URL(doc.location.href)) ? OLD : NEW) ?? findContainerBy(doc, NEW),
  findMessages: (root) => [...rowsIn(root, NEW), ...rowsIn(root, OLD)],
  closestMessage: (node) => node.closest(COMMENT),
  readMessage(el) {
    const hooks = el.matches(anyOf(NEW.row)) ? NEW : OLD;
    if (isSkipped(el, hooks)) return null;
    // Quotes (`> …`) repeat another comment's words; they are skipped like quoted replies in chats.
    const text = textOf(ownChild(el, hooks), anyOf(hooks.exclude));
    if (!text || text === '[deleted]' || text === '[removed]') return null;
    const author = (el.getAttribute('author') ?? el.getAttribute('data-author') ?? '').trim();
    const self = hooks === OLD ? selfName(el.ownerDocument) : undefined;
    const read: MessageRead = { text, direction: author && self && author === self ? 'out' : 'in' };
    if (read.direction === 'in' && author) read.sender = author;
    const id = el.getAttribute('thingid') ?? el.getAttribute('data-fullname') ?? '';
    if (id) read.platformId = id;
    return read;
  },
  conversationKey: (_doc, url) => /\/comments\/([^/]+)/.exec(url.pathname)?.[1] ?? url.pathname,
  selectorsTried: [...NEW.container.match, ...OLD.container.match, ...NEW.row.match, ...OLD.row.match, ...NEW.text.match, ...OLD.text.match],
};

/** The first text element that belongs to `comment` itself, not to a reply. */
function ownChild(comment: Element, hooks: SurfaceHooks): Element | null {
  for (const selector of hooks.text.match) {
    for (const el of comment.querySelectorAll(selector)) {
      if (el.closest(COMMENT) === comment) return el;
    }
  }
  return null;
}
