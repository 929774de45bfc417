// Keeps a hostile page from switching protection off (issue 8, hostile pages).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a content script when a DOM event on `document` announces that a newer copy of it
 * started. Any page script can dispatch that event (its name is predictable from the extension
 * id), so a page could turn protection off with one line. This extension never injects a second
 * copy into a live document (declared content scripts only, no `scripting` permission), so the
 * one true reason to stop is that the extension itself went away (update, reload, removal):
 * honour a stop only then. tests/e2e/hostile.spec.ts fakes the event.
 */
export function ignoreForgedStops(ctx: ContentScriptContext): void {
  const invalidate = ctx.notifyInvalidated.bind(ctx);
  let warned = false;
  ctx.notifyInvalidated = () => {
    if (browser.runtime?.id == null) return invalidate();
    if (!warned) console.warn('[Not Alone] Ignored a request from the page to stop protection.');
    warned = true;
  };
}
