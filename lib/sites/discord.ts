// Discord (discord.com/channels/<guild|@me>/<channel>). Hooks from ../shared/research/site-dom.md §7:
// `ol[data-list-id="chat-messages"]`, rows `li[id^="chat-messages-<channel>-<message>"]`, text in
// `#message-content-<message>`, author in `#message-username-<message>` [A]. Class names are hashed,
// so only `[class*=…]` fragments are used, and only as fallbacks. Discord does not split messages by
// side: the user's own messages are those whose author is the name in the user panel.
import type { MessageRead, SiteAdapter } from './types';
import { MAX_RUN_LOOKBACK, firstMatch, queryWithin, textOf } from './dom-text';

const CONTAINER_SELECTORS = ['ol[data-list-id="chat-messages"]', '[data-list-id="chat-messages"]', 'main [class*="scrollerInner"]'] as const;
const ROW = 'li[id^="chat-messages-"]';
const ROW_ID = /^chat-messages-(\d+)-(\d+)$/;
/** Inside the content: the "(edited)" marker and inline times are not the user's words. */
const NOT_USER_TEXT = 'time, [class*="edited"], [class*="timestamp"]';
const USERNAME = '[class*="username"]';
/** The signed-in user's name in the panel at the bottom left (aria-label is localised). */
const SELF_NAME = [
  'section[aria-label*="User area" i] [class*="username"]',
  'section[aria-label*="Khu vực người dùng" i] [class*="username"]',
  'section[aria-label*="Zone utilisateur" i] [class*="username"]',
  '[class*="panels"] [class*="nameTag"] [class*="title"]',
] as const;

export const discord: SiteAdapter = {
  id: 'discord',
  matchesUrl: (url) => url.hostname === 'discord.com' && url.pathname.startsWith('/channels/'),
  expectsChat: (url) => /^\/channels\/[^/]+\/\d+/.test(url.pathname),
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, ROW),
  closestMessage: (node) => node.closest(ROW),
  readMessage(row) {
    const [, channelId, messageId] = ROW_ID.exec(row.id) ?? [];
    if (!channelId || !messageId) return null;
    // The reply preview above a reply also has a `message-content-<other id>`: take only ours.
    const content = row.querySelector(`[id="message-content-${messageId}"]`);
    const text = textOf(content, NOT_USER_TEXT);
    if (!text) return null;
    const sender = senderOf(row, messageId);
    const self = textOf(firstMatch(row.ownerDocument, SELF_NAME));
    const read: MessageRead = { text, direction: sender && self && sender === self ? 'out' : 'in', platformId: `${channelId}-${messageId}` };
    if (sender && read.direction === 'in') read.sender = sender;
    // The header's time (first message of a run): its label as shown, and the exact instant.
    const time = row.querySelector(`[id="message-timestamp-${messageId}"], time[datetime]`);
    const shown = textOf(time);
    if (time && shown) read.time = time.getAttribute('datetime') ? `${shown} (${time.getAttribute('datetime')})` : shown;
    return read;
  },
  conversationKey: (_doc, url) => /^\/channels\/([^/]+\/[^/]+)/.exec(url.pathname)?.[1] ?? url.pathname,
  selectorsTried: [...CONTAINER_SELECTORS, ROW, '[id^="message-content-"]', '[id^="message-username-"]'],
};

/** Continuation messages (same author, shortly after) have no header: walk back to the run's first. */
function senderOf(row: Element, messageId: string): string | undefined {
  const own = row.querySelector(`[id="message-username-${messageId}"]`);
  if (own) return textOf(own.querySelector(USERNAME) ?? own) || undefined;
  let current = row.previousElementSibling;
  for (let hops = 0; current && hops < MAX_RUN_LOOKBACK; hops++, current = current.previousElementSibling) {
    if (!current.matches(ROW)) continue;
    const header = current.querySelector('[id^="message-username-"]');
    if (header) return textOf(header.querySelector(USERNAME) ?? header) || undefined;
  }
  return undefined;
}
