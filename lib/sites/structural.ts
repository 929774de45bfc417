// The structural fallback: when a supported site's selectors find no message list on a page that
// should be a chat (a site update renamed its classes and test ids), messages are found by the
// shape every chat shares — repeated sibling rows holding text — instead of by names:
//   1. rows with a role (`row`, `listitem`, `article`, `group`, or `li` / `article`) around the
//      page's text, when at least two such rows hold text;
//   2. else the element with the most text-holding children (the list), whose children are rows,
//      a child whose own children look alike (same tag, a shared class) being a group of rows.
// Text is the longest `dir`-marked text of a row (Meta, Telegram, X and WhatsApp all mark user text
// with `dir`), else the longest text leaf. The child's own side comes from a label ("You sent"), a
// `true_` id, and only then from alignment. Costs one walk of the page per watchdog tick, and
// only while the site's own reader finds nothing on a page that should be a chat.
import type { MessageRead, SiteAdapter } from './types';
import { collapse, insideExcluded, looksRightAligned, textOf } from './dom-text';
import { hasOwnLabel, isUiString } from './meta-labels';

/** Fewer rows than this is not a message list. */
export const MIN_ROWS = 2;
const ROLE_ROWS = ['[role="row"]', '[role="listitem"]', '[role="article"]', '[role="group"]', 'li', 'article'] as const;
/** Page chrome and editors never hold messages. */
const NOT_MESSAGES =
  'nav, header, footer, aside, textarea, input, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="textbox"], [contenteditable="true"], [aria-hidden="true"], script, style, template';
/** Elements that hold the page's main region (or are the page): never a message list. */
const MAIN_REGION = 'main, [role="main"]';
const REGION_HOLDER = `body, :has(${MAIN_REGION.split(', ').join('), :has(')})`;
/** Links, buttons and times carry names and actions ("reply", "permalink"), not messages. */
const ACTIONS = 'a, button, [role="button"], [role="link"], time';
/** Inside a row but not the words: buttons, times, quoted replies. */
const NOT_WORDS = 'a, [role="link"], button, [role="button"], time, blockquote, [aria-label*="quoted" i], [aria-label*="reply" i], [aria-label*="trích dẫn" i], [aria-label*="cité" i]';
/** A time at the end of a bubble's text ("… ?16:20", "… 8:10 PM"). */
const TRAILING_TIME = /\s*\d{1,2}[:h]\d{2}(\s?[ap]m)?$/i;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|tháng\\s*\\d{1,2}';
const DAYS = 'today|yesterday|hôm nay|hôm qua|aujourd[’\']hui|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
/** Date separators between runs of messages ("Today", "HÔM QUA", "26 novembre", "26 tháng 11, 2026", "Nov 26, 2026"). */
const DATE_LABEL = new RegExp(
  `^((${DAYS})(,?\\s+\\d{1,2}[:h]\\d{2}( ?[ap]m)?)?|\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?|(\\d{1,2}\\s+)?(${MONTHS})(\\s+\\d{1,2})?(,?\\s+\\d{4})?)$`,
  'i',
);

/** Placeholders of removed messages ("[deleted]", "[removed]"). */
const REMOVED = /^\[(deleted|removed)\]$/i;

/** Text that is page furniture, not a message: UI words, times, dates, placeholders. */
function isFurniture(text: string): boolean {
  return isUiString(text) || DATE_LABEL.test(text) || REMOVED.test(text);
}

export type ReaderKind = 'site' | 'fallback';

export interface StructuralList {
  container: Element;
  /** The role selector the rows match (role path), or null (sibling path). */
  rowSelector: string | null;
  /** Where the words are: `dir`-marked elements, or (pages without any) text leaves. */
  words: 'dir' | 'leaf';
}

/** The message list the page's structure shows, or null. */
export function findStructuralList(doc: Document): StructuralList | null {
  const scope = doc.body;
  if (!scope) return null;
  const marked = innermost([...scope.querySelectorAll('[dir]')].filter(isWords));
  if (marked.length >= MIN_ROWS) return byRoles(marked, 'dir') ?? bySiblings(scope, marked, 'dir');
  const leaves = innermost([...scope.querySelectorAll('*')].filter((el) => hasOwnText(el) && isWords(el)));
  if (leaves.length < MIN_ROWS) return null;
  return byRoles(leaves, 'leaf') ?? bySiblings(scope, leaves, 'leaf');
}

/** Message elements of a structural list in or equal to `root`. */
export function structuralRows(list: StructuralList, root: Element): Element[] {
  const { container, rowSelector } = list;
  if (rowSelector) {
    const rows = root.matches(rowSelector) ? [root, ...root.querySelectorAll(rowSelector)] : [...root.querySelectorAll(rowSelector)];
    return rows.filter((row) => container.contains(row) && isInnermostRow(row, list) && hasWords(row, list.words));
  }
  if (root === container || root.contains(container)) return [...container.children].flatMap((child) => rowsOf(child, list.words));
  const top = childOf(container, root);
  if (!top) return [];
  return rowsOf(top, list.words).filter((row) => root.contains(row) || row.contains(root));
}

/** The structural row that contains `node`, or null. */
export function structuralRowAround(list: StructuralList, node: Element): Element | null {
  if (list.rowSelector) {
    const row = node.closest(list.rowSelector);
    return row && list.container.contains(row) && hasWords(row, list.words) ? row : null;
  }
  const top = childOf(list.container, node);
  return top ? (rowsOf(top, list.words).find((row) => row.contains(node)) ?? null) : null;
}

/** Read one structural row: its words, and its side only where the page says so. */
export function readStructuralRow(row: Element, list: StructuralList): MessageRead | null {
  const text = wordsOf(row, list.words);
  if (!text) return null;
  const ownId = /^true_/.test(row.getAttribute('data-id') ?? row.querySelector('[data-id]')?.getAttribute('data-id') ?? '');
  const anchor = firstWordsElement(row, list.words) ?? row;
  const outgoing = hasOwnLabel(row) || ownId || looksRightAligned(anchor, list.container);
  return { text, direction: outgoing ? 'out' : 'in' };
}

function isWords(el: Element): boolean {
  if (el.closest(NOT_MESSAGES) || el.closest(ACTIONS) || !isRendered(el)) return false;
  const text = collapse(textOf(el, NOT_WORDS));
  return text.length > 0 && !isFurniture(text);
}

function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return true;
  }
  return false;
}

function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** Drop elements that contain another element of the list. */
function innermost(els: Element[]): Element[] {
  const outer = new Set<Element>();
  const listed = new Set(els);
  for (const el of els) {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) if (listed.has(parent)) outer.add(parent);
  }
  return els.filter((el) => !outer.has(el));
}

/** Role path: the role kind around most texts, when it makes at least MIN_ROWS rows. */
function byRoles(texts: Element[], words: StructuralList['words']): StructuralList | null {
  let best: { selector: string; rows: Set<Element> } | null = null;
  for (const selector of ROLE_ROWS) {
    const rows = new Set<Element>();
    for (const text of texts) {
      const row = text.closest(selector);
      if (row) rows.add(row);
    }
    if (rows.size >= MIN_ROWS && (!best || rows.size > best.rows.size)) best = { selector, rows };
  }
  if (!best) return null;
  const container = commonAncestor([...best.rows]);
  return container ? { container, rowSelector: best.selector, words } : null;
}

/**
 * Sibling path: the element with the most text-holding children of one tag (rows repeat);
 * ties go to the outermost, so a list of day groups wins over one day's group.
 */
function bySiblings(scope: Element, texts: Element[], words: StructuralList['words']): StructuralList | null {
  const children = new Map<Element, Set<Element>>();
  for (const text of texts) {
    let child: Element = text;
    for (let parent = text.parentElement; parent && scope.contains(parent); child = parent, parent = parent.parentElement) {
      let set = children.get(parent);
      if (!set) children.set(parent, (set = new Set()));
      set.add(child);
    }
  }
  // Most rows first; then a list inside the page's main region; then the one with more words.
  let best: { parent: Element; score: [number, number, number] } | null = null;
  for (const [parent, set] of children) {
    // A list sits inside a page region, never around the page's main one.
    if (parent.matches(REGION_HOLDER)) continue;
    const count = mostOfOneTag(set);
    if (count < MIN_ROWS) continue;
    const score: [number, number, number] = [count, parent.closest(MAIN_REGION) ? 1 : 0, (parent.textContent ?? '').length];
    const better =
      !best ||
      score[0] > best.score[0] ||
      (score[0] === best.score[0] && (parent.contains(best.parent) || score[1] > best.score[1] || (score[1] === best.score[1] && score[2] > best.score[2] && !best.parent.contains(parent))));
    if (better) best = { parent, score };
  }
  return best ? { container: best.parent, rowSelector: null, words } : null;
}

function mostOfOneTag(els: Set<Element>): number {
  const byTag = new Map<string, number>();
  for (const el of els) byTag.set(el.tagName, (byTag.get(el.tagName) ?? 0) + 1);
  return Math.max(0, ...byTag.values());
}

function commonAncestor(els: Element[]): Element | null {
  let ancestor: Element | null = els[0]?.parentElement ?? null;
  while (ancestor && !els.every((el) => ancestor!.contains(el))) ancestor = ancestor.parentElement;
  return ancestor;
}

function isInnermostRow(row: Element, list: StructuralList): boolean {
  for (const inner of row.querySelectorAll(list.rowSelector!)) if (hasWords(inner, list.words)) return false;
  return true;
}

/** The rows of one child of the list: the child itself, or the rows of a group of look-alikes. */
function rowsOf(el: Element, words: StructuralList['words']): Element[] {
  if (!hasWords(el, words)) return [];
  const holders = [...el.children].filter((child) => hasWords(child, words));
  const first = holders[0];
  // A wrapper around one block is not the row: the block is (or holds) it. Rows end up as the
  // smallest element holding one message, so a reply nested in a comment is a row of its own.
  if (holders.length === 1) return rowsOf(first!, words);
  const split =
    first !== undefined &&
    holders.length >= MIN_ROWS &&
    (holders.every((holder) => looksAlike(holder, first)) || holders.every((holder) => sameWordsShape(holder, first, words)));
  return split ? holders.flatMap((holder) => rowsOf(holder, words)) : [el];
}

/** Two blocks whose words sit in the same kind of element (a comment and its reply, unlike a name and a text). */
function sameWordsShape(a: Element, b: Element, words: StructuralList['words']): boolean {
  const shape = (el: Element) => {
    const found = firstWordsElement(el, words);
    return found ? `${found.tagName}.${found.className}<${found.parentElement?.tagName}.${found.parentElement?.className}` : null;
  };
  const shapeA = shape(a);
  return shapeA !== null && shapeA === shape(b);
}

function looksAlike(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  if (a.className === b.className) return true;
  const classes = new Set(a.classList);
  return [...b.classList].some((name) => classes.has(name));
}

function childOf(container: Element, node: Element): Element | null {
  let current: Element | null = node;
  while (current && current.parentElement !== container) current = current.parentElement;
  return current;
}

function hasWords(el: Element, words: StructuralList['words']): boolean {
  return firstWordsElement(el, words) !== null;
}

function firstWordsElement(row: Element, words: StructuralList['words']): Element | null {
  if (words === 'dir') {
    if (row.hasAttribute('dir') && isWords(row)) return row;
    for (const el of row.querySelectorAll('[dir]')) if (isWords(el)) return el;
    return null;
  }
  if (hasOwnText(row) && isWords(row)) return row;
  for (const el of row.querySelectorAll('*')) if (hasOwnText(el) && isWords(el)) return el;
  return null;
}

/** The longest words of the row, from the kind of element the list's words are in. */
function wordsOf(row: Element, words: StructuralList['words']): string {
  let best = '';
  const consider = (el: Element) => {
    if (el.closest(NOT_MESSAGES) || (el !== row && insideExcluded(el, row, NOT_WORDS))) return;
    const text = collapse(textOf(el, NOT_WORDS)).replace(TRAILING_TIME, '');
    if (text.length > best.length && !isFurniture(text)) best = text;
  };
  const candidates = words === 'dir' ? row.querySelectorAll('[dir]') : [...row.querySelectorAll('*')].filter(hasOwnText);
  candidates.forEach(consider);
  if (row.hasAttribute('dir') || (words === 'leaf' && hasOwnText(row))) consider(row);
  return best;
}

/**
 * A site adapter that falls back to the page's structure when the site's own selectors find no
 * message list on a page that should be a chat. `reader()` says which one is reading.
 */
export interface FallbackAdapter extends SiteAdapter {
  reader(): ReaderKind | null;
}

/** How many of the newest rows are tried to tell whether the site's own reader still reads. */
const SITE_PROBE_ROWS = 20;

/** Does the site's own reader find rows and read words from at least one of the newest? */
function siteReads(site: SiteAdapter, container: Element): boolean {
  const rows = site.findMessages(container);
  return rows.slice(-SITE_PROBE_ROWS).some((row) => site.readMessage(row) !== null);
}

/**
 * A page in the middle of a navigation (the address already says "chat", the old page is still
 * drawn) is not a changed layout: the fallback waits this long for the site's own list first, so
 * it never reads the previous page's text as this chat's.
 */
export const FALLBACK_GRACE_MS = 2000;

export interface FallbackOptions {
  now?: () => number;
  graceMs?: number;
}

export function withStructuralFallback(site: SiteAdapter, options: FallbackOptions = {}): FallbackAdapter {
  const now = options.now ?? Date.now;
  const graceMs = options.graceMs ?? FALLBACK_GRACE_MS;
  let list: StructuralList | null = null;
  let reader: ReaderKind | null = null;
  /** Since when the site's own reader has read nothing at this address. */
  let missing: { href: string; since: number } | null = null;
  const usingFallback = () => reader === 'fallback' && list !== null;
  return {
    ...site,
    reader: () => reader,
    findContainer(doc) {
      const own = site.findContainer(doc);
      if (own && siteReads(site, own)) {
        reader = 'site';
        list = null;
        missing = null;
        return own;
      }
      if (!site.expectsChat(new URL(doc.location.href), doc)) {
        reader = own ? 'site' : null;
        list = null;
        missing = null;
        return own;
      }
      // Keep the list already found while it is on the page and still holds rows.
      if (!(list && list.container.isConnected && structuralRows(list, list.container).length > 0)) {
        const href = doc.location.href;
        if (missing?.href !== href) missing = { href, since: now() };
        if (now() - missing.since < graceMs) {
          // Not yet: no list, so the scanner looks again (on the next change, or once the grace is over).
          reader = null;
          return null;
        }
        list = findStructuralList(doc);
      }
      if (list) {
        reader = 'fallback';
        return list.container;
      }
      reader = own ? 'site' : null;
      return own;
    },
    findMessages: (root) => (usingFallback() ? structuralRows(list!, root) : site.findMessages(root)),
    closestMessage: (node) => (usingFallback() ? structuralRowAround(list!, node) : site.closestMessage(node)),
    readMessage: (el) => (usingFallback() ? readStructuralRow(el, list!) : site.readMessage(el)),
  };
}
