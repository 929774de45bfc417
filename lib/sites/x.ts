// X direct messages: the 2026 "Chat" at x.com/i/chat/<id1>-<id2> (record `x-chat`) and the legacy
// inbox at x.com/messages/<id> (record `x-messages`). X keeps `data-testid` attributes. Chat marks
// the child's own bubbles with a `justify-end` row; the legacy inbox has no marker, so the row's
// alignment decides there (research §14.7 steps 3–4), after an `aria-label` such as "You sent".
// No message id in the DOM: the scanner hashes conversation + sender + text.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, looksRightAligned } from './dom-text';
import { hooksOf, type SurfaceHooks } from './hooks';
import { anyOf, findContainerBy, firstText, hasOwnMarker, pageElement, rowAround, rowsIn, surfaceMatches } from './hook-reader';
import { OWN_LABEL } from './meta-labels';

const CHAT = hooksOf('x-chat');
const LEGACY = hooksOf('x-messages');
const SURFACES = [CHAT, LEGACY] as const;
/** The partner named in the conversation header (1:1 chats). */
const PARTNER = ['[data-testid="dm-conversation-header"] [dir="auto"]', '[data-testid="conversation-header"] [dir="ltr"]', '[data-testid="conversation-header"] span'] as const;

export const x: SiteAdapter = {
  id: 'x',
  matchesUrl: (url) => SURFACES.some((surface) => surfaceMatches(surface, url)),
  expectsChat: (url) => conversationOf(url) !== null,
  findContainer: (doc) => findContainerBy(doc, surfaceAt(new URL(doc.location.href))),
  findMessages: (root) => SURFACES.flatMap((surface) => rowsIn(root, surface)),
  closestMessage: (node) => rowAround(node, CHAT) ?? rowAround(node, LEGACY),
  readMessage(row) {
    const surface = row.matches(anyOf(CHAT.row)) ? CHAT : LEGACY;
    const text = firstText(row, surface);
    if (!text) return null;
    const list = row.closest(anyOf(surface.container));
    const outgoing =
      surface === CHAT
        ? hasOwnMarker(row, CHAT) || (!hasSideClasses(row) && looksRightAligned(row, list))
        : OWN_LABEL.test(row.getAttribute('aria-label') ?? '') || looksRightAligned(row.querySelector(anyOf(LEGACY.text)) ?? row, list);
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in' };
    if (!outgoing) {
      const name = partnerOf(row.ownerDocument);
      if (name) read.sender = name;
    }
    return read;
  },
  conversationKey: (_doc, url) => conversationOf(url) ?? url.pathname,
  selectorsTried: [...CHAT.container.match, ...LEGACY.container.match, ...CHAT.row.match, ...LEGACY.row.match],
};

function surfaceAt(url: URL): SurfaceHooks {
  return surfaceMatches(CHAT, url) ? CHAT : LEGACY;
}

/** A row inside a `justify-start` wrapper says "incoming" as plainly as `justify-end` says "own". */
function hasSideClasses(row: Element): boolean {
  return row.closest('.justify-start, .justify-end') !== null;
}

/** `/i/chat/<id>` or `/messages/<id>`, where the id may be `123-456` for one-to-one chats. */
function conversationOf(url: URL): string | null {
  return /^\/(?:i\/chat|messages)\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
}

/** The partner's name, from the header found once per page (its text is read each time). */
const partnerHeader = pageElement((doc) => firstMatch(doc, PARTNER));
function partnerOf(doc: Document): string | undefined {
  return collapse(partnerHeader(doc)?.textContent ?? '') || undefined;
}
