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
