// Zalo Web (chat.zalo.me), record `zalo-chat` in hooks.ts: the `data-component` attributes,
// `data-qid` ids and the `me` class on outgoing bubbles; the chat is identified by
// `#richInput[data-trailer]` because the URL does not change between chats.
import type { SiteAdapter } from './types';
import { MAX_RUN_LOOKBACK, collapse, textOf } from './dom-text';
import { hooksOf } from './hooks';
import { findContainerBy, firstText, hasOwnMarker, rowAround, rowsIn, senderIn, surfaceMatches } from './hook-reader';

const HOOKS = hooksOf('zalo-chat');
/** The time under a bubble (only the last of a run shows one). */
const SEND_TIME = '.card-send-time__sendTime';
/** Placeholders left by a recalled (unsent) message, in Zalo's UI languages. */
const RECALLED = /^(tin nhắn đã (bị )?thu hồi|message (has been|was) (recalled|unsent)|ce message a été (retiré|rappelé))$/i;

export const zalo: SiteAdapter = {
  id: 'zalo',
  matchesUrl: (url) => surfaceMatches(HOOKS, url),
  // The start screen (no chat open) has no composer; an open chat always has one.
  expectsChat: (_url, doc) => doc?.querySelector('#richInput, [contenteditable="true"]') != null,
  findContainer: (doc) => findContainerBy(doc, HOOKS),
  findMessages: (root) => rowsIn(root, HOOKS),
  closestMessage: (node) => rowAround(node, HOOKS),
  readMessage(el) {
    const text = firstText(el, HOOKS);
    if (!text || RECALLED.test(text)) return null;
    const outgoing = hasOwnMarker(el, HOOKS);
    const qid = el.querySelector('[data-qid]')?.getAttribute('data-qid') ?? el.getAttribute('data-qid') ?? undefined;
    const time = textOf(el.querySelector(SEND_TIME)) || undefined;
    return {
      text,
      direction: outgoing ? 'out' : 'in',
      sender: outgoing ? undefined : senderOf(el),
      platformId: qid ?? (el.id.startsWith('bb_msg_id_') ? el.id : undefined),
      ...(time ? { time } : {}),
    };
  },
  conversationKey(doc) {
    return doc.getElementById('richInput')?.getAttribute('data-trailer') ?? 'unknown';
  },
  selectorsTried: [...HOOKS.container.match, ...HOOKS.row.match, ...HOOKS.text.match],
};

/** Only the first bubble of a run shows the sender: carry the last named one forward. */
function senderOf(bubble: Element): string | undefined {
  let row: Element | null = bubble.closest('.chat-item') ?? bubble;
  for (let hops = 0; row && hops < MAX_RUN_LOOKBACK; hops++, row = row.previousElementSibling) {
    const name = senderIn(row, HOOKS);
    if (name) return collapse(name) || undefined;
    if (row.matches('.chat-date')) break;
  }
  return undefined;
}
