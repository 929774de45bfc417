// Runs in the page before its own scripts (Playwright addInitScript, puppeteer
// evaluateOnNewDocument): records into window.__shownOn every moment message `id` carries a risk
// mark or has a card next to it, even for a single frame. Self-contained, as it is serialised.
export function recordShownOn(id: string): void {
  const seen: string[] = ((window as unknown as { __shownOn: string[] }).__shownOn = []);
  new MutationObserver(() => {
    const message = document.getElementById(id);
    if (message?.getAttribute('data-not-alone') === 'risk') seen.push('risk mark');
    if (message?.nextElementSibling?.tagName.toLowerCase().startsWith('not-alone-')) seen.push('card');
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** What recordShownOn saw (read with page.evaluate). */
export const shownOn = () => (window as unknown as { __shownOn: string[] }).__shownOn;
