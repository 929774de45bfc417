// The seam between the content script and the warning UI. The UI (Preact, the card, tips, help
// lines, strings, the nudge's view) is a second packaged script, `warning-ui.js`
// (entrypoints/warning-ui.ts), that the service worker injects into the tab's isolated world when
// a first warning is to be shown (docs/performance.md, Page). Both scripts run in the same
// isolated world: the UI registers itself on its global object, which the page cannot see.
import type { WarningStateReply } from '@/lib/messages';
import type { VerdictSink } from '@/lib/scan/sinks';
import type { EffectiveSettings } from '@/lib/store/effective-settings';
import type { Category } from '@/lib/detect/types';
import type { UiNames } from './shadow-host';
import type { WarningLayerOptions } from './warning-layer';

/** The packaged file the worker injects (scripting.executeScript, files). */
export const WARNING_UI_FILE = '/warning-ui.js';
/** Where the UI script registers itself, on the isolated world's global object. */
export const WARNING_UI_GLOBAL = '__notAloneWarningUi';

/** The card layer as the content script drives it (entrypoints/chat.content/warning/warning-layer.tsx). */
export interface CardLayer extends VerdictSink {
  configure(effective: EffectiveSettings): void;
  applyAnswers(state: WarningStateReply): void;
  setEventId(messageKey: string, id: number): void;
  setNames(names: UiNames): void;
  clear(): void;
}

export interface WarningUi {
  createCardLayer(options: WarningLayerOptions): CardLayer;
  renderNudge(container: HTMLElement, category: Category, onDismiss: () => void): void;
  unrender(container: HTMLElement): void;
}

export function registeredWarningUi(): WarningUi | null {
  return ((globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] as WarningUi | undefined) ?? null;
}
