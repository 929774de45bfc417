// Generic fallback for chat pages no adapter knows, enabled per hostname by the parent
// (settings.genericSites; the content script is registered for those hosts at that moment, see
// lib/permissions/generic-sites.ts). It looks for the list a chat renders: an element with at least
// MIN_SIMILAR children that look alike (same tag and classes) and carry text — the "repeated text
// list" tier of the Titan Messenger agent (../shared/research/site-dom.md §14.5). Among candidates the
// one with the most such children wins, and the deepest on a tie, so a navigation menu or a
// message with three paragraphs does not beat the message list.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, looksRightAligned, textOf } from './dom-text';

/** A list needs at least this many look-alike text-bearing children to count as a chat. */
export const MIN_SIMILAR = 3;
/** The search looks at no more elements than this, so a huge page costs a bounded time. */
export const MAX_ELEMENTS_EXAMINED = 4000;
/** When nothing was found, the page is searched again at most this often (the watchdog asks every second). */
export const RESEARCH_INTERVAL_MS = 5000;
/** Longer than this is an article, not a chat message. */
const MAX_MESSAGE_CHARS = 2000;
/** Never a chat list, however repetitive: menus, page chrome, forms and editors. */
const NOT_CHAT = 'nav, header, footer, aside, menu, select, form, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="listbox"], [contenteditable="true"], script, style, template';
/** Inside a message but not its words. */
const NOT_USER_TEXT = 'time, button, [role="button"], svg, style, script, [contenteditable="true"], [aria-hidden="true"], [class*="time" i], [class*="date" i], [class*="reaction" i], blockquote, [class*="quote" i]';
/** Semantic chat containers, tried before the structural search. */
const SEMANTIC = ['[role="log"]', '[role="feed"]', '[aria-live="polite"][role="list"]'] as const;
const MAX_SENDER_CHARS = 60;
const OWN_WORDS = /(^|[-_\s])(me|mine|own|self|out|outgoing|sent|right|is-out|from-me)($|[-_\s])/i;
const SENDER_HINT = '[class*="author" i], [class*="sender" i], [class*="user" i], [class*="name" i]';

// NodeFilter constants (the global is absent under plain Node, where lib/ also runs).
const SHOW_ELEMENT = 1;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

interface Found {
  container: Element;
  signature: string;
}

let found: Found | null = null;
let lastSearch = -Infinity;

export const generic: SiteAdapter = {
  id: 'generic',
  // Never chosen by URL: only for the hostnames the parent enabled.
  matchesUrl: () => false,
  expectsChat: () => true,
  findContainer(doc) {
    if (found && found.container.isConnected && found.container.ownerDocument === doc && similarChildren(found.container, found.signature).length >= MIN_SIMILAR) {
      return found.container;
    }
    const now = Date.now();
    if (now - lastSearch < RESEARCH_INTERVAL_MS) return null;
    lastSearch = now;
    found = findChatList(doc);
    return found?.container ?? null;
  },
  findMessages(root) {
    if (!found) return [];
    if (root === found.container || root.contains(found.container)) return similarChildren(found.container, found.signature);
    const item = generic.closestMessage(root);
    return item && item === root ? [item] : [];
  },
  closestMessage(node) {
    if (!found) return null;
    for (let el: Element | null = node; el; el = el.parentElement) {
      if (el.parentElement === found.container) return signatureOf(el) === found.signature ? el : null;
    }
    return null;
  },
  readMessage(el) {
    const whole = textOf(el, NOT_USER_TEXT);
    const sender = senderOf(el, whole);
    // The author's name leads the item's text; it is not part of the message.
    const text = sender ? whole.slice(sender.length).trim() : whole;
    if (!text || text.length > MAX_MESSAGE_CHARS) return null;
    const read: MessageRead = { text, direction: isOwn(el) ? 'out' : 'in' };
    if (read.direction === 'in' && sender) read.sender = sender;
    return read;
  },
  conversationKey: (_doc, url) => `${url.hostname}${url.pathname}${url.hash}`,
  selectorsTried: [...SEMANTIC, `an element with ${MIN_SIMILAR}+ similar text-bearing children`],
};

/** Forget the list found on the last page (tests, and a page that was replaced wholesale). */
export function resetGenericSearch(): void {
  found = null;
  lastSearch = -Infinity;
}

/** Tag and sorted class list: the children of a chat list share it. */
function signatureOf(el: Element): string {
  return `${el.tagName}.${Array.from(el.classList).filter((c) => !OWN_WORDS.test(c)).sort().join('.')}`;
}

function similarChildren(parent: Element, signature: string): Element[] {
  return Array.from(parent.children).filter((child) => signatureOf(child) === signature && bearsText(child));
}

/** Text of its own, not just a link (menus are lists of links). */
function bearsText(el: Element): boolean {
  const only = el.children.length === 1 ? el.firstElementChild : null;
  if (only?.tagName === 'A' && collapse(el.textContent ?? '') === collapse(only.textContent ?? '')) return false;
  return collapse(el.textContent ?? '').length > 0;
}

function findChatList(doc: Document): Found | null {
  for (const selector of SEMANTIC) {
    const list = doc.querySelector(selector);
    const best = list && bestGroup(list);
    if (list && best && best.count >= MIN_SIMILAR) return { container: list, signature: best.signature };
  }
  let winner: (Found & { count: number; depth: number }) | null = null;
  const root = doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!root) return null;
  // Menus, page chrome and editors are skipped with everything inside them.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT, {
    acceptNode: (node) => ((node as Element).matches(NOT_CHAT) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  let examined = 0;
  for (let node = walker.nextNode() as Element | null; node && examined < MAX_ELEMENTS_EXAMINED; node = walker.nextNode() as Element | null) {
    examined++;
    if (node.children.length < MIN_SIMILAR) continue;
    const best = bestGroup(node);
    if (!best || best.count < MIN_SIMILAR) continue;
    const depth = depthOf(node);
    if (!winner || best.count > winner.count || (best.count === winner.count && depth > winner.depth)) {
      winner = { container: node, signature: best.signature, count: best.count, depth };
    }
  }
  return winner ? { container: winner.container, signature: winner.signature } : null;
}

/** The most common signature among the text-bearing children. */
function bestGroup(parent: Element): { signature: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const child of parent.children) {
    if (!bearsText(child)) continue;
    const signature = signatureOf(child);
    counts.set(signature, (counts.get(signature) ?? 0) + 1);
  }
  let best: { signature: string; count: number } | null = null;
  for (const [signature, count] of counts) if (!best || count > best.count) best = { signature, count };
  return best;
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let node = el.parentElement; node; node = node.parentElement) depth++;
  return depth;
}

/** A short author-like element whose text starts the item's text (never the whole text). */
function senderOf(el: Element, whole: string): string | undefined {
  const candidate = el.querySelector(SENDER_HINT);
  const name = candidate ? textOf(candidate, NOT_USER_TEXT) : '';
  if (!name || name.length > MAX_SENDER_CHARS || name === whole || !whole.startsWith(name)) return undefined;
  return name;
}

/** Class words such as `me`, `outgoing`, `sent`, `right` first; the bubble's side last. */
function isOwn(el: Element): boolean {
  if (OWN_WORDS.test(el.className) || OWN_WORDS.test(el.getAttribute('data-author') ?? '')) return true;
  const first = el.firstElementChild;
  if (first && OWN_WORDS.test(first.className)) return true;
  return looksRightAligned(el, el.parentElement);
}
