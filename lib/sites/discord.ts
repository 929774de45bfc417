// Discord (discord.com/channels/<guild|@me>/<channel>), record `discord-channels` in hooks.ts.
// Rows `li[id^="chat-messages-<channel>-<message>"]`, text in `#message-content-<message>`, author
// in `#message-username-<message>`. Class names are hashed, so only `[class*=…]` fragments are used.
// Discord does not split messages by side: the user's own messages are those whose author is the
// signed-in name in the user panel — read once per session, not once per message.
import type { MessageRead, SiteAdapter } from './types';
import { MAX_RUN_LOOKBACK, collapse, textOf } from './dom-text';
import { hooksOf } from './hooks';
import { anyOf, findContainerBy, perDocument, rowAround, rowsIn, surfaceMatches } from './hook-reader';

const HOOKS = hooksOf('discord-channels');
const ROW_ID = /^chat-messages-(\d+)-(\d+)$/;
/** A missing panel (still loading) is looked for again after this long; a found name is kept. */
const SELF_RETRY_MS = 2000;

const selfName = perDocument((doc) => {
  for (const selector of HOOKS.self?.match ?? []) {
    const name = collapse(doc.querySelector(selector)?.textContent ?? '');
    if (name) return name;
  }
  return undefined;
}, SELF_RETRY_MS, Number.POSITIVE_INFINITY);

export const discord: SiteAdapter = {
  id: 'discord',
  matchesUrl: (url) => surfaceMatches(HOOKS, url),
  expectsChat: (url) => /^\/channels\/[^/]+\/\d+/.test(url.pathname),
  findContainer: (doc) => findContainerBy(doc, HOOKS),
  findMessages: (root) => rowsIn(root, HOOKS),
  closestMessage: (node) => rowAround(node, HOOKS),
  readMessage(row) {
    // Rows may carry a single id form (`chat-messages-<message>`): the channel then comes from the URL.
    const [, idChannel, idMessage] = ROW_ID.exec(row.id) ?? [];
    const messageId = idMessage ?? /^chat-messages-(\d+)$/.exec(row.id)?.[1];
    if (!messageId) return null;
    const channelId = idChannel ?? /^\/channels\/[^/]+\/(\d+)/.exec(row.ownerDocument.location.pathname)?.[1] ?? '';
    // The reply preview above a reply also has a `message-content-<other id>`: take only ours.
    const content = row.querySelector(`[id="message-content-${messageId}"]`);
    const text = textOf(content, anyOf(HOOKS.exclude));
    if (!text) return null;
    const sender = senderOf(row, messageId);
    const self = selfName(row.ownerDocument);
    const read: MessageRead = { text, direction: sender && self && sender === self ? 'out' : 'in', platformId: `${channelId}-${messageId}` };
    if (sender && read.direction === 'in') read.sender = sender;
    // The header's time (first message of a run): its label as shown, and the exact instant.
    const time = row.querySelector(`[id="message-timestamp-${messageId}"], time[datetime]`);
    const shown = textOf(time);
    if (time && shown) read.time = time.getAttribute('datetime') ? `${shown} (${time.getAttribute('datetime')})` : shown;
    return read;
  },
  conversationKey: (_doc, url) => /^\/channels\/([^/]+\/[^/]+)/.exec(url.pathname)?.[1] ?? url.pathname,
  selectorsTried: [...HOOKS.container.match, ...HOOKS.row.match, ...HOOKS.text.match],
};

/** Continuation messages (same author, shortly after) have no header: walk back to the run's first. */
function senderOf(row: Element, messageId: string): string | undefined {
  const own = row.querySelector(`[id="message-username-${messageId}"]`);
  if (own) return nameIn(own);
  const rowSelector = anyOf(HOOKS.row);
  let current = row.previousElementSibling;
  for (let hops = 0; current && hops < MAX_RUN_LOOKBACK; hops++, current = current.previousElementSibling) {
    if (!current.matches(rowSelector)) continue;
    const header = current.querySelector('[id^="message-username-"]');
    if (header) return nameIn(header);
  }
  return undefined;
}

function nameIn(header: Element): string | undefined {
  return textOf(header.querySelector('[class*="username"]') ?? header) || undefined;
}
