// The one reader that applies a surface's hooks (lib/sites/hooks.ts) to a page. Every read is
// bounded by the message: rows, text, own marker and sender are looked up inside the row; the
// few page-level facts (the signed-in name, a chat title) go through `perDocument`, so that
// reading a message never costs a walk of the whole document.
import type { Hook, SurfaceHooks } from './hooks';
import { collapse, insideExcluded, queryWithin, textOf } from './dom-text';

/** Selectors of a hook as one selector list. */
export function anyOf(hook: Hook | undefined): string {
  return hook ? hook.match.join(', ') : '';
}

/** Does a `host/path*` shape cover this URL? `*` stands for any run of characters. */
export function urlMatches(shape: string, url: URL): boolean {
  const slash = shape.indexOf('/');
  const host = slash < 0 ? shape : shape.slice(0, slash);
  const path = slash < 0 ? '/*' : shape.slice(slash);
  if (host !== url.hostname) return false;
  const pattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pattern.test(url.pathname);
}

export function surfaceMatches(hooks: SurfaceHooks, url: URL): boolean {
  return hooks.urls.match.some((shape) => urlMatches(shape, url));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The first element matching the container hook, selectors tried in order. */
export function findContainerBy(root: Document | Element | ShadowRoot, hooks: SurfaceHooks): Element | null {
  for (const selector of hooks.container.match) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Message rows in or equal to `root`, in document order, without the skipped ones. */
export function rowsIn(root: Element, hooks: SurfaceHooks): Element[] {
  const rows = queryWithin(root, anyOf(hooks.row));
  return hooks.skip ? rows.filter((row) => !row.matches(anyOf(hooks.skip))) : rows;
}

/** The row around `node`, unless it is a skipped one. */
export function rowAround(node: Element, hooks: SurfaceHooks): Element | null {
  const row = node.closest(anyOf(hooks.row));
  return row && !(hooks.skip && row.matches(anyOf(hooks.skip))) ? row : null;
}

export function isSkipped(row: Element, hooks: SurfaceHooks): boolean {
  return hooks.skip !== undefined && row.matches(anyOf(hooks.skip));
}

/** The first text element of the row (selectors in order), read without the excluded parts. */
export function firstText(row: Element, hooks: SurfaceHooks): string {
  const exclude = anyOf(hooks.exclude) || undefined;
  for (const selector of hooks.text.match) {
    for (const el of queryWithin(row, selector)) {
      if (exclude && insideExcluded(el, row, exclude)) continue;
      const text = textOf(el, exclude);
      if (text) return text;
    }
  }
  return '';
}

/**
 * The longest text among the row's text elements. Meta's sites nest `dir="auto"` around user text
 * several levels deep, so the longest is the message (research §14.3: Titan, social_stream).
 */
export function longestTextBy(row: Element, hooks: SurfaceHooks, isNoise: (text: string) => boolean = () => false): string {
  const exclude = anyOf(hooks.exclude) || undefined;
  let best = '';
  for (const el of queryWithin(row, anyOf(hooks.text))) {
    if (exclude && insideExcluded(el, row, exclude)) continue;
    const text = textOf(el, exclude);
    if (text.length > best.length && !isNoise(text)) best = text;
  }
  return best;
}

/** How many wrappers above a row may carry its side (X Chat's `justify-end` row around a bubble). */
const OWN_WRAPPER_DEPTH = 3;

/** Is the row marked as the child's own: the row itself, an element inside it, or a close wrapper? */
export function hasOwnMarker(row: Element, hooks: SurfaceHooks): boolean {
  const own = anyOf(hooks.own);
  if (own === '') return false;
  if (row.matches(own) || row.querySelector(own) !== null) return true;
  let wrapper = row.parentElement;
  for (let depth = 0; wrapper && depth < OWN_WRAPPER_DEPTH; depth++, wrapper = wrapper.parentElement) {
    if (wrapper.matches(own)) return true;
  }
  return false;
}

/** The sender named inside the row, or ''. */
export function senderIn(row: Element, hooks: SurfaceHooks): string {
  if (!hooks.sender) return '';
  for (const selector of hooks.sender.match) {
    const found = row.querySelector(selector);
    const name = found ? collapse(found.textContent ?? '') : '';
    if (name) return name;
  }
  return '';
}

/**
 * A page-level fact (signed-in name, chat title) remembered per document for `ttlMs`, so that
 * reading a message does not query the whole page. A found value is kept `keepFoundMs`; a
 * missing one is asked again after `ttlMs` (the page may not have rendered it yet).
 */
export function perDocument<T>(read: (doc: Document) => T | undefined, ttlMs: number, keepFoundMs = ttlMs): (doc: Document) => T | undefined {
  const cache = new WeakMap<Document, { value: T | undefined; until: number }>();
  return (doc) => {
    const now = Date.now();
    const hit = cache.get(doc);
    if (hit && hit.until > now) return hit.value;
    const value = read(doc);
    cache.set(doc, { value, until: now + (value === undefined || value === '' ? ttlMs : keepFoundMs) });
    return value;
  };
}

/**
 * A page-level element (a chat header, a label) found once and kept while it stays on the page;
 * callers read its text each time, which costs O(1) and is never stale when the chat changes.
 */
export function pageElement(find: (doc: Document) => Element | null, stillValid: (el: Element) => boolean = () => true): (doc: Document) => Element | null {
  const cache = new WeakMap<Document, WeakRef<Element>>();
  return (doc) => {
    const known = cache.get(doc)?.deref();
    if (known?.isConnected && stillValid(known)) return known;
    const found = find(doc);
    if (found) cache.set(doc, new WeakRef(found));
    return found;
  };
}
