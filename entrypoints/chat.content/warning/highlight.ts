// Marks the matched words inside the page's message without touching the page's text nodes:
// the CSS Custom Highlight API paints Ranges over the existing nodes. Where the API is missing
// (older Firefox), the whole message gets an outline through an attribute and a style rule.
// The highlight's and the attribute's names are the install's neutral ones (shadow-host.ts).
import { MAX_SCAN_CHARS } from '@/lib/detect';
import type { Span } from '@/lib/detect/types';

export interface HighlightNames {
  highlight: string;
  outlineAttr: string;
}

// Yellow behind near-black text is ≥ 4.5:1; the underline keeps the cue for colour-blind readers.
const pageCss = ({ highlight, outlineAttr }: HighlightNames) => `
::highlight(${highlight}) { background-color: #ffe066; color: #1b1b1f; text-decoration: underline 2px #b3261e; }
[${outlineAttr}] { outline: 2px solid #b3261e !important; outline-offset: 2px !important; }
`;

interface CharPosition {
  node: Text;
  offset: number;
}

/**
 * How far into a message's DOM text matched words are looked for: the engine judges only the
 * first MAX_SCAN_CHARS characters, plus room for a sender name or a time before the text. A
 * hostile 1 MB message would otherwise cost a million position records (issue 8, flood test).
 */
export const MAX_HIGHLIGHT_CHARS = 2 * MAX_SCAN_CHARS;

/**
 * The element's text with whitespace collapsed the way adapters read it, and where each of its
 * characters lives in the DOM, up to `limit` characters. (Our cards keep their text in a shadow
 * root, which the walk does not enter.)
 */
export function collapsedText(root: Element, limit = MAX_HIGHLIGHT_CHARS): { text: string; positions: CharPosition[] } {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const positions: CharPosition[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const char = data.charAt(i);
      if (/\s/.test(char)) {
        if (text === '' || text.endsWith(' ')) continue;
        text += ' ';
      } else {
        text += char;
      }
      positions.push({ node, offset: i });
      if (positions.length >= limit) return { text, positions };
    }
  }
  return { text, positions };
}

/**
 * Ranges over the page's own text nodes for `spans` of `text` (the adapter's reading of the
 * message). When the adapter left something out in the middle (a quoted reply), each matched
 * word is looked up on its own instead.
 */
export function matchRanges(root: Element, text: string, spans: readonly Span[]): Range[] {
  const { text: full, positions } = collapsedText(root);
  // Spans lie within the part the engine judged; a longer text is looked up by that part.
  const base = full.indexOf(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
  const ranges: Range[] = [];
  for (const [s, e] of spans) {
    if (e <= s || e > text.length) continue;
    const start = base >= 0 ? base + s : full.indexOf(text.slice(s, e));
    if (start < 0) continue;
    const end = start + (e - s);
    if (end > positions.length) continue;
    const first = positions[start];
    const last = positions[end - 1];
    if (!first || !last) continue;
    const range = root.ownerDocument.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    ranges.push(range);
  }
  return ranges;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): void;
  clear(): void;
}

export class MatchHighlighter {
  private readonly highlight: HighlightLike | null;
  private readonly registry: HighlightRegistry | null;
  private readonly byKey = new Map<string, { element: Element; ranges: Range[] }>();
  private styled = false;

  constructor(
    private readonly doc: Document,
    private readonly names: HighlightNames,
  ) {
    const win = doc.defaultView as (Window & { Highlight?: new () => HighlightLike; CSS?: { highlights?: HighlightRegistry } }) | null;
    const registry = win?.CSS?.highlights;
    if (registry && typeof win?.Highlight === 'function') {
      this.highlight = new win.Highlight();
      this.registry = registry;
    } else {
      this.highlight = null;
      this.registry = null;
    }
  }

  /** True when words are painted; false when the message is outlined instead. */
  get paintsWords(): boolean {
    return this.highlight !== null;
  }

  add(key: string, element: Element, text: string, spans: readonly Span[]): void {
    this.remove(key);
    this.ensureStyle();
    if (this.highlight && this.registry) {
      const ranges = matchRanges(element, text, spans);
      for (const range of ranges) this.highlight.add(range);
      // (Re)registering is idempotent and survives a page that cleared the registry.
      this.registry.set(this.names.highlight, this.highlight);
      this.byKey.set(key, { element, ranges });
    } else {
      element.setAttribute(this.names.outlineAttr, '');
      this.byKey.set(key, { element, ranges: [] });
    }
  }

  remove(key: string): void {
    const entry = this.byKey.get(key);
    if (!entry) return;
    this.byKey.delete(key);
    for (const range of entry.ranges) this.highlight?.delete(range);
    entry.element.removeAttribute(this.names.outlineAttr);
  }

  clear(): void {
    for (const key of [...this.byKey.keys()]) this.remove(key);
    this.highlight?.clear();
    this.registry?.delete(this.names.highlight);
  }

  /** One page-level rule for the highlight colours; adopted, so no node is added to the page. */
  private ensureStyle(): void {
    if (this.styled) return;
    this.styled = true;
    try {
      const sheet = new (this.doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(pageCss(this.names));
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = pageCss(this.names);
      (this.doc.head ?? this.doc.documentElement).append(style);
    }
  }
}
