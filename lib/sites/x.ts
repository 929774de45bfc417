// X direct messages (x.com/messages/<conversationId>). Hooks from ../shared/research/site-dom.md §10:
// X keeps its `data-testid` attributes, the most stable hooks on the site — the timeline
// `[data-testid="DM_timeline"]` / `dm-conversation-panel`, rows `[data-testid="messageEntry"]`,
// text in `[data-testid="tweetText"]` [B/C]. No source found an explicit "sent by me" marker; the
// row's alignment decides (research §14.7 step 3–4), after an `aria-label` such as "You sent".
// No message id in the DOM: the scanner hashes conversation + sender + text.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, firstMatch, longestText, looksRightAligned, queryWithin, textOf } from './dom-text';
import { OWN_LABEL } from './meta-labels';

const CONTAINER_SELECTORS = ['[data-testid="DM_timeline"]', '[data-testid="dm-conversation-panel"]', '[data-testid="DmActivityContainer"]'] as const;
const ROW = '[data-testid="messageEntry"]';
const TEXT = ['[data-testid="tweetText"]', '[data-testid="messageText"]'] as const;
/** Reactions, time and the quoted tweet/reply preview are not the words. */
const NOT_USER_TEXT = 'time, [role="button"], [data-testid="DMQuotedMessage"], [data-testid="messageReactions"], [data-testid="dmMessageTime"]';

export const x: SiteAdapter = {
  id: 'x',
  matchesUrl: (url) => (url.hostname === 'x.com' || url.hostname === 'twitter.com') && url.pathname.startsWith('/messages'),
  expectsChat: (url) => conversationOf(url) !== null,
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, ROW),
  closestMessage: (node) => node.closest(ROW),
  readMessage(row) {
    const textEl = firstMatch(row, TEXT);
    const text = textEl ? textOf(textEl, NOT_USER_TEXT) : longestText(row, 'span[dir="auto"], div[dir="auto"]', NOT_USER_TEXT);
    if (!text) return null;
    const label = row.getAttribute('aria-label') ?? '';
    const outgoing = OWN_LABEL.test(label) || looksRightAligned(textEl ?? row, row.closest(CONTAINER_SELECTORS.join(', ')));
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in' };
    if (!outgoing) {
      const name = collapse(row.ownerDocument.querySelector('[data-testid="DM_Conversation_Avatar"] [dir="ltr"], [data-testid="conversation-header"] span')?.textContent ?? '');
      if (name) read.sender = name;
    }
    return read;
  },
  conversationKey: (_doc, url) => conversationOf(url) ?? url.pathname,
  selectorsTried: [...CONTAINER_SELECTORS, ROW, ...TEXT],
};

/** `/messages/<id>` where the id may be `123-456` for one-to-one chats. */
function conversationOf(url: URL): string | null {
  return /^\/messages\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
}
