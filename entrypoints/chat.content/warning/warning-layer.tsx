// Mounts one warning card per flagged message, in a `not-alone-warning` element with an open
// shadow root placed right after the message. Re-renders of the same message reuse the card.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Verdict } from '@/lib/detect/types';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import { WarningCard } from './WarningCard';
import { CARD_CSS } from './card-css';

export const WARNING_TAG = 'not-alone-warning';

export class WarningLayer {
  private readonly cards = new Map<string, ShadowRootContentScriptUi<HTMLElement>>();
  private readonly dismissed = new Set<string>();

  constructor(private readonly ctx: ContentScriptContext) {}

  async show(message: ScannedMessage, verdict: Verdict): Promise<void> {
    if (!verdict.flagged || !verdict.category || !verdict.severity) return;
    if (this.dismissed.has(message.messageKey)) return;
    const existing = this.cards.get(message.messageKey);
    if (existing?.shadowHost.isConnected && existing.shadowHost.previousElementSibling === message.element) return;
    existing?.remove();
    const { category, severity } = verdict;
    const ui = await createShadowRootUi(this.ctx, {
      name: WARNING_TAG,
      position: 'inline',
      anchor: message.element,
      append: 'after',
      css: CARD_CSS,
      onMount: (container) => {
        render(<WarningCard category={category} severity={severity} onDismiss={() => this.dismiss(message.messageKey)} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    if (!message.element.isConnected) return;
    ui.mount();
    this.cards.set(message.messageKey, ui);
  }

  dismiss(messageKey: string): void {
    this.dismissed.add(messageKey);
    this.cards.get(messageKey)?.remove();
    this.cards.delete(messageKey);
  }

  clear(): void {
    for (const ui of this.cards.values()) ui.remove();
    this.cards.clear();
  }
}
