// Small DOM helpers shared by site adapters. They read text; they never write markup.

/** Visible-ish text of an element with whitespace collapsed; skips nodes matching `exclude`. */
export function textOf(el: Element | null | undefined, exclude?: string): string {
  if (!el) return '';
  if (!exclude) return collapse(el.textContent ?? '');
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(exclude)) walk(child);
    }
  };
  walk(el);
  return collapse(out);
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** First element matching any of the selectors, tried in order (stable hooks first). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Elements matching `selector` in or equal to `root`, in document order. */
export function queryWithin(root: Element, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  return root.matches(selector) ? [root, ...found] : found;
}

/**
 * The longest text among `candidates` under `root`, each read with `exclude` skipped. Meta's
 * sites nest `dir="auto"` several levels deep around user text, so the longest one is the
 * message itself (research §14.3: Titan, social_stream, rayguang6).
 */
export function longestText(root: Element, candidates: string, exclude?: string, isNoise: (text: string) => boolean = () => false): string {
  let best = '';
  for (const el of queryWithin(root, candidates)) {
    if (exclude && insideExcluded(el, root, exclude)) continue;
    const text = textOf(el, exclude);
    if (text.length > best.length && !isNoise(text)) best = text;
  }
  return best;
}

/** Is `el` in an excluded part of `root` (a quoted reply, a nested comment…), root itself aside? */
export function insideExcluded(el: Element, root: Element, exclude: string): boolean {
  const hit = el.closest(exclude);
  return hit !== null && hit !== root && root.contains(hit);
}

/** Trimmed attribute value, or ''. */
export function attrOf(el: Element | null | undefined, name: string): string {
  return el?.getAttribute(name)?.trim() ?? '';
}

/** Walks back over up to `MAX_RUN_LOOKBACK` earlier rows for the sender of a run (research §14.8). */
export const MAX_RUN_LOOKBACK = 50;
export function carrySender(row: Element, nameOf: (row: Element) => string | undefined, stopAt?: string): string | undefined {
  let current: Element | null = row;
  for (let hops = 0; current && hops < MAX_RUN_LOOKBACK; hops++, current = current.previousElementSibling) {
    if (hops > 0 && stopAt && current.matches(stopAt)) return undefined;
    const name = nameOf(current);
    if (name) return name;
  }
  return undefined;
}

/**
 * Is the element laid out on the right-hand side of its list? Only a last resort for sites with
 * no explicit "sent by me" marker: a computed `flex-end` first, then the bubble's position.
 */
/** How many ancestors of a bubble may carry its row's flex alignment. */
const ALIGNMENT_DEPTH = 4;
export function looksRightAligned(el: Element, list: Element | null): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  let node: Element | null = el;
  for (let depth = 0; node && node !== list && depth < ALIGNMENT_DEPTH; depth++, node = node.parentElement) {
    const style = view.getComputedStyle(node);
    // The main axis decides the side: justify-content in a row, align-items in a column.
    const sideways = style.flexDirection.startsWith('column') ? style.alignItems : style.justifyContent;
    if (style.display.includes('flex') && sideways === 'flex-end') return true;
  }
  const box = el.getBoundingClientRect();
  const frame = (list ?? el.ownerDocument.documentElement).getBoundingClientRect();
  if (!box.width || !frame.width) return false;
  // A bubble that starts past the list's first third and ends near its right edge.
  return box.left - frame.left > frame.width / 3 && frame.right - box.right < frame.width / 6;
}
