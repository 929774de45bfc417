// Reddit comments: new Reddit's `shreddit-comment` custom elements (record `reddit-comments`) and
// old Reddit's `.thing.comment` (record `reddit-old-comments`), after kepano/defuddle's extractor.
// A `shreddit-comment` keeps its text in light DOM (`[slot="comment"]`, also
// `[id$="-comment-rtjson-content"]`), its replies as child `shreddit-comment`s and its author /
// `thingid` as attributes. Direction: on old Reddit the user's own comments are those whose
// `data-author` is the header's user; new Reddit exposes no documented hook for the signed-in
// user, so its comments are all read as incoming. Reddit chat (chat.reddit.com, record
// `reddit-chat`) nests its timeline in open shadow roots: see `findChatList`.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, queryWithin, textOf } from './dom-text';
import { hooksOf, type SurfaceHooks } from './hooks';
import { anyOf, findContainerBy, isSkipped, perDocument, rowsIn, surfaceMatches } from './hook-reader';

const NEW = hooksOf('reddit-comments');
const OLD = hooksOf('reddit-old-comments');
const CHAT = hooksOf('reddit-chat');
const CHAT_ROW = anyOf(CHAT.row);
const COMMENT = `${anyOf(NEW.row)}, ${anyOf(OLD.row)}`;
const SELF_RETRY_MS = 2000;

const selfName = perDocument((doc) => collapse(doc.querySelector(anyOf(OLD.self))?.textContent ?? '') || undefined, SELF_RETRY_MS, Number.POSITIVE_INFINITY);

export const reddit: SiteAdapter = {
  id: 'reddit',
  matchesUrl: (url) => surfaceMatches(NEW, url) || surfaceMatches(OLD, url) || surfaceMatches(CHAT, url),
  expectsChat: (url) => /\/comments\/[^/]+/.test(url.pathname) || (surfaceMatches(CHAT, url) && /^\/(chat\/)?(room|user)\//.test(url.pathname)),
  findContainer(doc) {
    const url = new URL(doc.location.href);
    if (surfaceMatches(CHAT, url)) return findChatList(doc);
    return findContainerBy(doc, surfaceMatches(OLD, url) ? OLD : NEW) ?? findContainerBy(doc, NEW);
  },
  findMessages: (root) => [...rowsIn(root, NEW), ...rowsIn(root, OLD), ...queryWithin(root, CHAT_ROW)],
  closestMessage: (node) => node.closest(COMMENT) ?? node.closest(CHAT_ROW) ?? eventAround(node),
  readMessage(el) {
    if (el.matches(CHAT_ROW)) return readChatEvent(el);
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
  conversationKey: (_doc, url) => (surfaceMatches(CHAT, url) ? `chat${url.pathname}` : (/\/comments\/([^/]+)/.exec(url.pathname)?.[1] ?? url.pathname)),
  selectorsTried: [...NEW.container.match, ...OLD.container.match, ...CHAT.container.match, ...NEW.row.match, ...OLD.row.match, ...CHAT.row.match, ...NEW.text.match, ...OLD.text.match],
};

/** How deep the chat's shadow roots are searched (faceplate-app › rs-app › rs-room › rs-timeline › scroller). */
const MAX_SHADOW_DEPTH = 8;

/**
 * Reddit chat renders its timeline inside nested open shadow roots, which `querySelector` does not
 * enter: walk down the roots of the chat's own custom elements to the events' list. Its parent
 * element is observed (a MutationObserver sees inside the shadow root it is attached in).
 */
function findChatList(doc: Document): Element | null {
  let roots: (Document | ShadowRoot)[] = [doc];
  for (let depth = 0; depth < MAX_SHADOW_DEPTH && roots.length; depth++) {
    const next: ShadowRoot[] = [];
    for (const root of roots) {
      const event = root.querySelector(CHAT_ROW);
      if (event) return event.parentElement;
      const list = findContainerBy(root, CHAT);
      if (list?.shadowRoot) next.push(list.shadowRoot);
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot && host.localName.includes('-') && host !== list) next.push(host.shadowRoot);
      }
    }
    roots = next;
  }
  return null;
}

/** The chat event whose own shadow root holds `node`. */
function eventAround(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.matches(CHAT_ROW) ? root.host : null;
}

/** An event's words live in its own shadow root (or its light DOM): sender, time and buttons left out. */
function readChatEvent(event: Element): MessageRead | null {
  const root = event.shadowRoot ?? event;
  const exclude = anyOf(CHAT.exclude);
  let text = '';
  for (const selector of CHAT.text.match) {
    const found = [...root.querySelectorAll(selector)].find((el) => !el.closest(exclude));
    text = found ? textOf(found, exclude) : '';
    if (text) break;
  }
  if (!text) text = collapse([...root.children].map((child) => (child.matches(exclude) ? '' : textOf(child, exclude))).join(' '));
  if (!text) return null;
  const read: MessageRead = { text, direction: 'in' };
  for (const selector of CHAT.sender?.match ?? []) {
    const name = collapse(root.querySelector(selector)?.textContent ?? '');
    if (name) {
      read.sender = name;
      break;
    }
  }
  const id = event.getAttribute('data-id') ?? event.getAttribute('event-id') ?? event.id;
  if (id) read.platformId = `chat:${id}`;
  return read;
}

/** The first text element that belongs to `comment` itself, not to a reply. */
function ownChild(comment: Element, hooks: SurfaceHooks): Element | null {
  for (const selector of hooks.text.match) {
    for (const el of comment.querySelectorAll(selector)) {
      if (el.closest(COMMENT) === comment) return el;
    }
  }
  return null;
}
