// Rendering the extension's Preact pages in happy-dom against WXT's fake browser.
import { render, type ComponentChild } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setPageLanguage } from '@/entrypoints/options/shared/page-i18n';

export interface Mounted {
  root: HTMLElement;
  /** The element with this data-testid, once the page has rendered it. */
  find(testId: string): Promise<HTMLElement>;
  unmount(): void;
}

export function resetBrowser(): void {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  setPageLanguage('en');
}

export function mount(node: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return {
    root,
    async find(testId) {
      for (let i = 0; i < 150; i++) {
        const el = root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
        if (el) return el;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`${testId} never rendered: ${root.textContent}`);
    },
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

/** The text of the elements an element's aria-describedby points at. */
export function description(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}
