// The card sink as the content script holds it: the real card layer lives in the warning UI
// script, loaded when the first flagged verdict arrives (ui-contract.ts). Until then flagged
// verdicts wait here (bounded, latest per message); once loaded, everything goes straight through.
import { browser } from 'wxt/browser';
import type { Verdict } from '@/lib/detect/types';
import type { ExtensionMessage, WarningStateReply } from '@/lib/messages';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import type { VerdictSink } from '@/lib/scan/sinks';
import type { EffectiveSettings } from '@/lib/store/effective-settings';
import type { UiNames } from './warning/shadow-host';
import { registeredWarningUi, type CardLayer, type WarningUi } from './warning/ui-contract';
import type { WarningLayerOptions } from './warning/warning-layer';

/** Flagged messages waiting for the UI to load (a burst before it arrives); the oldest are dropped. */
export const MAX_WAITING_CARDS = 200;

async function toWorker<T>(message: ExtensionMessage): Promise<T | null> {
  try {
    return ((await browser.runtime.sendMessage(message)) as T) ?? null;
  } catch {
    // The worker may be restarting or the extension reloading; the page must not break.
    return null;
  }
}

let loading: Promise<WarningUi | null> | null = null;

/** The warning UI, injected by the worker on first use; null when it could not be loaded (tried again next time). */
export function loadWarningUi(): Promise<WarningUi | null> {
  const ready = registeredWarningUi();
  if (ready) return Promise.resolve(ready);
  loading ??= toWorker<{ ok: boolean }>({ type: 'load-warning-ui' }).then((reply) => {
    const ui = registeredWarningUi();
    if (!ui) {
      loading = null;
      console.warn('[Not Alone] The warning display could not be loaded', reply);
    }
    return ui;
  });
  return loading;
}

export class CardSink implements VerdictSink {
  private layer: CardLayer | null = null;
  private readonly waiting = new Map<string, [ScannedMessage, Verdict]>();
  private readonly eventIds = new Map<string, number>();
  private effective: EffectiveSettings | null = null;
  private answers: WarningStateReply = { falseAlarms: [], dismissed: [] };

  constructor(
    private readonly options: WarningLayerOptions,
    private readonly load: () => Promise<WarningUi | null> = loadWarningUi,
    /** Called once, when the UI has loaded (cards are about to be on the page). */
    private readonly onLoaded: () => void = () => undefined,
  ) {}

  /** The child's earlier answers: "This is OK" keys go to the judge now, dismissals to the layer. */
  async loadAnswers(): Promise<void> {
    const state = await toWorker<WarningStateReply>({ type: 'warning-state' });
    if (!state) return;
    for (const key of state.falseAlarms) this.options.falseAlarms.add(key);
    this.answers = { falseAlarms: [], dismissed: state.dismissed };
    this.layer?.applyAnswers(this.answers);
  }

  configure(effective: EffectiveSettings): void {
    this.effective = effective;
    this.layer?.configure(effective);
  }

  setNames(names: UiNames): void {
    this.options.names = names;
    this.layer?.setNames(names);
  }

  setEventId(messageKey: string, id: number): void {
    if (this.layer) return this.layer.setEventId(messageKey, id);
    this.eventIds.set(messageKey, id);
    if (this.eventIds.size > MAX_WAITING_CARDS) this.eventIds.delete(this.eventIds.keys().next().value as string);
  }

  onVerdict(message: ScannedMessage, verdict: Verdict, first: boolean): void {
    if (this.layer) return this.layer.onVerdict(message, verdict, first);
    const key = message.messageKey;
    this.waiting.delete(key);
    if (!verdict.flagged) return;
    this.waiting.set(key, [message, verdict]);
    if (this.waiting.size > MAX_WAITING_CARDS) this.waiting.delete(this.waiting.keys().next().value as string);
    this.requestUi();
  }

  onSessionEnd(): void {
    this.waiting.clear();
    this.layer?.onSessionEnd?.();
  }

  clear(): void {
    this.waiting.clear();
    this.layer?.clear();
  }

  /**
   * The warning UI with this page's card layer created and configured (the nudge uses it too, so
   * it speaks the chosen language even before any card was shown); null if it could not load.
   */
  ui(): Promise<WarningUi | null> {
    this.requesting ??= this.load().then((ui) => {
      if (!ui) {
        this.requesting = null;
        return null;
      }
      if (!this.layer) this.createLayer(ui);
      return ui;
    });
    return this.requesting;
  }

  private requesting: Promise<WarningUi | null> | null = null;

  private requestUi(): void {
    void this.ui();
  }

  private createLayer(ui: WarningUi): void {
    const layer = ui.createCardLayer(this.options);
    layer.applyAnswers(this.answers);
    if (this.effective) layer.configure(this.effective);
    for (const [key, id] of this.eventIds) layer.setEventId(key, id);
    this.eventIds.clear();
    this.layer = layer;
    this.onLoaded();
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const [message, verdict] of waiting) if (message.element.isConnected) layer.onVerdict(message, verdict, true);
  }
}
