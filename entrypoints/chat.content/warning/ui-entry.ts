// The warning UI script's one job: register the UI for the content script (ui-contract.ts).
import { renderNudge, unrender } from './nudge-view';
import { WARNING_UI_GLOBAL, type WarningUi } from './ui-contract';
import { WarningLayer } from './warning-layer';

export function installWarningUi(): void {
  const global = globalThis as Record<string, unknown>;
  if (global[WARNING_UI_GLOBAL]) return;
  const ui: WarningUi = { createCardLayer: (options) => new WarningLayer(options), renderNudge, unrender };
  global[WARNING_UI_GLOBAL] = ui;
}
