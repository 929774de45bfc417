// WhatsApp Web (web.whatsapp.com), record `whatsapp-chat` in hooks.ts. `#main` is re-created on
// every chat switch; rows are `[data-id]` (`true_`/`false_` prefix = sent by me or not). After the
// mid-2026 refresh `.message-in`/`.message-out` are gone and `tail-in`/`tail-out` mark only a
// run's first bubble, so the `data-id` prefix decides the side. The chat has no URL of its own:
// its JID is parsed out of a row's `data-id` (social-copilot), else the header title.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, insideExcluded, queryWithin, textOf } from './dom-text';
import { hooksOf } from './hooks';
import { anyOf, findContainerBy, hasOwnMarker, surfaceMatches } from './hook-reader';

const HOOKS = hooksOf('whatsapp-chat');
const ROW = anyOf(HOOKS.row);
const TEXT = anyOf(HOOKS.text);
const DATA_ID = /^(true|false)_/;
const JID = /(?:^|_)([0-9A-Za-z-]+@(?:c\.us|g\.us|s\.whatsapp\.net|lid))/;
const PRE_PLAIN_TEXT = /^\[(.*?)\]\s*(.*?):\s*$/;
const CHAT_TITLE = '#main [data-testid="conversation-info-header-chat-title"], #main header span[title], #main header [dir="auto"]';
/** The chat key, once per `#main` (re-created on every chat switch), not once per message. */
const chatKeys = new WeakMap<Element, string>();

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  matchesUrl: (url) => surfaceMatches(HOOKS, url),
  // No chat open (the start screen) is not a layout problem; an open composer means a chat is.
  expectsChat: (_url, doc) => doc?.querySelector('#main footer [contenteditable="true"], #main footer [role="textbox"]') != null,
  findContainer: (doc) => findContainerBy(doc, HOOKS),
  findMessages: (root) => queryWithin(root, ROW).filter(isMessageRow),
  closestMessage(node) {
    for (let row = node.closest(ROW); row; row = row.parentElement?.closest(ROW) ?? null) {
      if (isMessageRow(row)) return row;
    }
    return null;
  },
  readMessage(row) {
    const exclude = anyOf(HOOKS.exclude);
    const parts = queryWithin(row, TEXT)
      .filter((el) => !insideExcluded(el, row, exclude) && !el.parentElement?.closest(TEXT))
      .map((el) => textOf(el))
      .filter(Boolean);
    const text = parts.join(' ');
    if (!text) return null;
    const id = row.getAttribute('data-id') ?? '';
    const outgoing = id.startsWith('true_') || (!DATA_ID.test(id) && hasOwnMarker(row, HOOKS));
    const read: MessageRead = { text, direction: outgoing ? 'out' : 'in', platformId: id };
    const prePlain = PRE_PLAIN_TEXT.exec(row.querySelector(anyOf(HOOKS.sender))?.getAttribute('data-pre-plain-text') ?? '');
    if (prePlain?.[1]) read.time = prePlain[1];
    if (!outgoing) {
      const sender = prePlain?.[2];
      if (sender) read.sender = sender;
    }
    return read;
  },
  conversationKey(doc) {
    const main = doc.getElementById('main');
    if (!main) return 'unknown';
    const known = chatKeys.get(main);
    if (known) return known;
    const key = chatKeyOf(main);
    if (key !== 'unknown') chatKeys.set(main, key);
    return key;
  },
  selectorsTried: [...HOOKS.container.match, ...HOOKS.row.match, ...HOOKS.text.match],
};

function chatKeyOf(main: Element): string {
  for (const row of main.querySelectorAll(ROW)) {
    const jid = JID.exec(row.getAttribute('data-id') ?? '')?.[1];
    if (jid) return jid;
  }
  const title = main.ownerDocument.querySelector(CHAT_TITLE);
  return title?.getAttribute('title') || collapse(title?.textContent ?? '') || 'unknown';
}

/** A message row: a `true_`/`false_` id, not a quoted message nested in another row. */
function isMessageRow(el: Element): boolean {
  return DATA_ID.test(el.getAttribute('data-id') ?? '') && el.parentElement?.closest(ROW) == null;
}
