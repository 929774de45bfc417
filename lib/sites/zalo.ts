// Zalo Web (chat.zalo.me). Hooks from ../shared/research/site-dom.md §6: the `data-component`
// attributes, `data-qid` ids and the `me` class on outgoing bubbles are stable [A/B]; the chat is
// identified by `#richInput[data-trailer]` because the URL does not change between chats.
import type { SiteAdapter } from './types';
import { collapse, firstMatch, queryWithin, textOf } from './dom-text';

const CONTAINER_SELECTORS = ['#messageViewScroll', '#messageView', '#chatView'] as const;
const BUBBLE = '[data-component="bubble-message"], [id^="bb_msg_id_"]';
const TEXT_SELECTORS = [
  '[data-component="message-text-content"]',
  '.text-message__container [data-component="text-container"]',
  '[data-z-element-type="rtf-text"]',
] as const;
// Quoted replies sit inside the bubble; their text belongs to the quoted message.
/** The time under a bubble (only the last of a run shows one). */
const SEND_TIME = '.card-send-time__sendTime';
const NOT_USER_TEXT = `[data-component="message-quote"], .message-quote-fragment, ${SEND_TIME}`;
const OUTGOING = '.me, [data-id="div_SentMsg_Text"]';
const SENDER = '.message-sender-name-content .truncate, .message-sender-name-content';
/** Placeholders left by a recalled (unsent) message, in Zalo's UI languages. */
const RECALLED = /^(tin nhắn đã (bị )?thu hồi|message (has been|was) (recalled|unsent)|ce message a été (retiré|rappelé))$/i;

export const zalo: SiteAdapter = {
  id: 'zalo',
  matchesUrl: (url) => url.hostname === 'chat.zalo.me',
  // The start screen (no chat open) has no composer; an open chat always has one.
  expectsChat: (_url, doc) => doc?.querySelector('#richInput, [contenteditable="true"]') != null,
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, BUBBLE),
  closestMessage: (node) => node.closest(BUBBLE),
  readMessage(el) {
    const textEl = firstMatch(el, TEXT_SELECTORS);
    const text = textOf(textEl, NOT_USER_TEXT);
    if (!text || RECALLED.test(text)) return null;
    const outgoing = el.matches(OUTGOING) || el.closest('.me') !== null || el.querySelector('[data-id="div_SentMsg_Text"]') !== null;
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
    return doc.querySelector('#richInput')?.getAttribute('data-trailer') ?? 'unknown';
  },
  selectorsTried: [...CONTAINER_SELECTORS, BUBBLE, ...TEXT_SELECTORS],
};

/** Only the first bubble of a run shows the sender: carry the last named one forward. */
function senderOf(bubble: Element): string | undefined {
  let row: Element | null = bubble.closest('.chat-item') ?? bubble;
  for (let hops = 0; row && hops < 50; hops++, row = row.previousElementSibling) {
    const name = row.querySelector(SENDER);
    if (name) return collapse(name.textContent ?? '') || undefined;
    if (row.matches('.chat-date')) break;
  }
  return undefined;
}
