// How the card fits where the chat lives (issue 16): on a line of its own under its message,
// as wide as the message list allows, narrow in small chat boxes, and in the page's colours.
// Reads the page's layout and colours; writes only the one style a flex row needs to give the
// card its own line. The host's own styles live in the card's CSS (the shadow root's :host rule
// resets everything else), fed through custom properties set here.

/** Under this width or height (CSS px) of the space the chat has, the card uses its narrow layout. */
export const NARROW_WIDTH_PX = 400;
export const NARROW_HEIGHT_PX = 500;

export type Theme = 'light' | 'dark';

export interface CardSpace {
  narrow: boolean;
  theme: Theme;
}

/**
 * Chat rows are often flex rows (avatar, bubble, reactions). A card placed after the bubble in
 * such a row would sit beside it, squeezed into what the bubble leaves; letting the row wrap
 * puts the card on its own line under the message, as wide as the row, without moving anything
 * that was there. Grid rows get the card across all columns.
 */
export function giveOwnLine(host: HTMLElement): void {
  const row = host.parentElement;
  if (!row) return;
  const style = getComputedStyle(row);
  // Initial values where a browser leaves them out of the computed style.
  const direction = style.flexDirection || 'row';
  const wrap = style.flexWrap || 'nowrap';
  if ((style.display === 'flex' || style.display === 'inline-flex') && direction.startsWith('row')) {
    if (wrap === 'nowrap') row.style.setProperty('flex-wrap', 'wrap');
    host.style.setProperty('--na-flex', '0 0 100%');
  } else if (style.display === 'grid' || style.display === 'inline-grid') {
    host.style.setProperty('--na-grid-column', '1 / -1');
  }
}

/** The nearest ancestor that scrolls vertically (the message list's viewport), if any. */
function scrollerOf(el: Element): Element | null {
  for (let node = el.parentElement; node && node !== document.documentElement; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') && node.clientHeight > 0) return node;
  }
  return null;
}

/** The space the card has: the width of its line, the height of the chat's visible area. */
export function measureSpace(host: HTMLElement, win: Window = window): CardSpace {
  const width = host.getBoundingClientRect().width || host.parentElement?.clientWidth || win.innerWidth;
  const scroller = scrollerOf(host);
  const height = Math.min(scroller?.clientHeight ?? win.innerHeight, win.innerHeight);
  return { narrow: width < NARROW_WIDTH_PX || height < NARROW_HEIGHT_PX, theme: pageTheme(host, win) };
}

/** Relative luminance of an sRGB colour (WCAG 2). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/** [r, g, b, alpha] of a computed `rgb()` / `rgba()` colour; null for anything else. */
export function parseRgb(color: string): number[] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/**
 * The page's colour scheme where the card sits: the first opaque background behind it (a site's
 * dark theme paints one); where nothing is painted, the browser's preference.
 */
export function pageTheme(el: Element, win: Window = window): Theme {
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    const rgba = parseRgb(win.getComputedStyle(node).backgroundColor);
    if (rgba && (rgba[3] ?? 0) >= 0.5) return luminance(rgba) < 0.2 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
