// WhatsApp Web (web.whatsapp.com). Hooks from ../shared/research/site-dom.md §8: `#main` (re-created
// on every chat switch), rows `[data-id]` (`true_`/`false_` prefix = sent by me or not), the
// `.message-in`/`.message-out` classes, `[data-pre-plain-text]` carrying time and sender, and
// `span.selectable-text.copyable-text` for the words [A]. The chat has no URL of its own: the
// chat JID is parsed out of a row's `data-id` (social-copilot), else the header title.
import type { MessageRead, SiteAdapter } from './types';
import { firstMatch, insideExcluded, queryWithin, textOf } from './dom-text';

const CONTAINER_SELECTORS = [
  '#main [data-scrolltracepolicy="wa.web.conversation.messages"]',
  '#main .copyable-area [role="application"]',
  '#main [data-testid="conversation-panel-body"]',
  '#main',
] as const;
const ROW = 'div[data-id]';
const TEXT = '.selectable-text.copyable-text, [data-testid="selectable-text"]';
const PRE_PLAIN = '[data-pre-plain-text]';
/** Quoted replies repeat another message's words (social_stream skips them the same way). */
const QUOTED = '[aria-label*="quoted" i], [aria-label*="trích dẫn" i], [aria-label*="cité" i], blockquote, .quoted-mention';
const DATA_ID = /^(true|false)_/;
const JID = /(?:^|_)([0-9A-Za-z-]+@(?:c\.us|g\.us|s\.whatsapp\.net|lid))/;
const PRE_PLAIN_TEXT = /^\[(.*?)\]\s*(.*?):\s*$/;

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  matchesUrl: (url) => url.hostname === 'web.whatsapp.com',
  // No chat open (the start screen) is not a layout problem; an open composer means a chat is.
  expectsChat: (_url, doc) => doc?.querySelector('#main footer [contenteditable="true"]') != null,
  findContainer: (doc) => firstMatch(doc, CONTAINER_SELECTORS),
  findMessages: (root) => queryWithin(root, ROW).filter(isMessageRow),
  closestMessage(node) {
    for (let row = node.closest(ROW); row; row = row.parentElement?.closest(ROW) ?? null) {
      if (isMessageRow(row)) return row;
    }
    return null;
  },
  readMessage(row) {
    const body = row.querySelector(PRE_PLAIN) ?? row;
    const parts = queryWithin(body, TEXT)
      .filter((el) => !insideExcluded(el, row, QUOTED) && !el.parentElement?.closest(TEXT))
      .map((el) => textOf(el))
      .filter(Boolean);
    const text = parts.join(' ');
    if (!text) return null;
    const id = row.getAttribute('data-id') ?? '';
    const outgoing = id.startsWith('true_') || row.querySelector('.message-out') !== null || row.matches('.message-out *');
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in', platformId: id };
    const prePlain = PRE_PLAIN_TEXT.exec(row.querySelector(PRE_PLAIN)?.getAttribute('data-pre-plain-text') ?? '');
    if (prePlain?.[1]) read.time = prePlain[1];
    if (!outgoing) {
      const sender = prePlain?.[2];
      if (sender) read.sender = sender;
    }
    return read;
  },
  conversationKey(doc) {
    for (const row of doc.querySelectorAll(`#main ${ROW}`)) {
      const jid = JID.exec(row.getAttribute('data-id') ?? '')?.[1];
      if (jid) return jid;
    }
    return doc.querySelector('#main header span[title]')?.getAttribute('title') ?? 'unknown';
  },
  selectorsTried: [...CONTAINER_SELECTORS, ROW, PRE_PLAIN, TEXT],
};

/** A message row: a `true_`/`false_` id, not a quoted message nested in another row. */
function isMessageRow(el: Element): boolean {
  return DATA_ID.test(el.getAttribute('data-id') ?? '') && el.parentElement?.closest(ROW) == null;
}
