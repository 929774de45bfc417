// Mounts one warning element per flagged message, in a `not-alone-warning` element with an open
// shadow root placed right after the message, on a line of its own. Re-renders of the same
// message reuse it. Remembers the child's answers (dismissed, "This is OK") through the service
// worker, and keeps a chat calm (stacking.ts): later warnings soon after a card are counted in
// it, and after MAX_FULL_CARDS cards further warnings start as one line. Cards follow the space
// they have (narrow in small chat boxes), the page's colour scheme and the parent's language.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Verdict } from '@/lib/detect/types';
import type { ExtensionMessage, WarningStateReply } from '@/lib/messages';
import { CATEGORY_ATTR, MARK_ATTR, type ScannedMessage } from '@/lib/scan/page-scanner';
import type { SiteAdapter } from '@/lib/sites/types';
import type { EffectiveSettings } from '@/lib/store/effective-settings';
import { falseAlarmKey } from '@/lib/store/evidence';
import { resolveHelpRegion, type HelpRegion } from '@/lib/tips/help-lines';
import type { Bundle } from '@/lib/ui/locale-bundle';
import { ct, setCardLanguage } from './card-i18n';
import { giveOwnLine, measureSpace, type CardSpace } from './card-layout';
import { buildCard, HELP_OPEN_CATEGORIES, toneOf } from './card-model';
import { CARD_CSS } from './card-css';
import { captureEvidence } from './evidence-capture';
import { MatchHighlighter } from './highlight';
import { shadowUiOptions } from './shadow-ui';
import { ConversationWarnings, type Placement } from './stacking';
import { WarningCard } from './WarningCard';

export { MAX_FULL_CARDS, STACK_WINDOW_MS } from './stacking';
export const WARNING_TAG = 'not-alone-warning';
/** Delay before the other cards of a chat show a new warning count (batches a burst of warnings). */
export const COUNT_REFRESH_MS = 200;

/** The verdict of a message the child marked "This is OK". */
export const ACCEPTED_VERDICT: Verdict = Object.freeze({
  flagged: false, category: null, severity: null, score: 0, rules: [], spans: [], signals: [],
}) as Verdict;

interface CardEntry {
  ui: ShadowRootContentScriptUi<HTMLElement>;
  message: ScannedMessage;
  verdict: Verdict;
  placement: Placement;
  space: CardSpace;
  seenAt: number;
  eventId?: number;
  /** The adapter that read the message (for the neighbours of "Save evidence"). */
  adapter: SiteAdapter;
}

async function toWorker<T>(message: ExtensionMessage): Promise<T | null> {
  try {
    return ((await browser.runtime.sendMessage(message)) as T) ?? null;
  } catch {
    // The worker may be restarting or the extension reloading; the page must not break.
    return null;
  }
}

export class WarningLayer {
  private readonly cards = new Map<string, CardEntry>();
  private readonly pending = new Set<string>();
  private dismissed = new Set<string>();
  private falseAlarms = new Set<string>();
  /** Where each warning of a conversation went (card, stacked, calm line). */
  private readonly conversations = new ConversationWarnings();
  private readonly eventIds = new Map<string, number>();
  /** Conversations whose cards show an old warning count. */
  private readonly staleCounts = new Set<string>();
  private readonly highlighter = new MatchHighlighter(document);
  private region: HelpRegion = 'INTL';
  private organizationName: string | undefined;
  /** Settles once the card speaks the chosen language (or has fallen back to the browser's). */
  private language: Promise<void> = Promise.resolve();
  private resizeObserver: ResizeObserver | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Load the child's earlier answers; resolves (with nothing remembered) if the worker is away. */
  async loadAnswers(): Promise<void> {
    const state = await toWorker<WarningStateReply>({ type: 'warning-state' });
    if (!state) return;
    this.falseAlarms = new Set(state.falseAlarms);
    this.dismissed = new Set(state.dismissed);
  }

  configure({ settings, policy }: EffectiveSettings): void {
    this.region = resolveHelpRegion(settings.helpRegion, [...navigator.languages, browser.i18n.getUILanguage()]);
    this.organizationName = policy.organizationName?.trim() || undefined;
    this.language = setCardLanguage(settings.language, (lang) => toWorker<Bundle>({ type: 'card-strings', lang }));
    void this.language.then(() => this.renderAll());
  }

  /** The scanner's judge, with the child's "This is OK" answers applied first. */
  judge(message: ScannedMessage, scan: () => Verdict): Verdict {
    // Hashing every message costs as much as judging it: skip it while there is nothing to match.
    if (this.falseAlarms.size === 0) return scan();
    return this.falseAlarms.has(this.falseAlarmKeyOf(message)) ? ACCEPTED_VERDICT : scan();
  }

  /** The event logged for this warning, so "This is OK" can mark it for the activity view. */
  setEventId(messageKey: string, id: number): void {
    this.eventIds.set(messageKey, id);
    const entry = this.cards.get(messageKey);
    if (entry) entry.eventId = id;
  }

  async show(message: ScannedMessage, verdict: Verdict, adapter: SiteAdapter): Promise<void> {
    // A message judged after the page removed it has no place for a card.
    if (!verdict.flagged || !verdict.category || !verdict.severity || !message.element.isConnected) return;
    const key = message.messageKey;
    if (this.dismissed.has(key) || this.pending.has(key)) return;
    const existing = this.cards.get(key);
    if (existing?.ui.shadowHost.isConnected && existing.ui.shadowHost.previousElementSibling === message.element) return;
    existing?.ui.remove();
    const now = Date.now();
    const tone = toneOf(verdict.category, verdict.severity, message.direction);
    const helpAlwaysOpen = message.direction === 'in' && HELP_OPEN_CATEGORIES.has(verdict.category);
    const placement = this.conversations.place(message.conversationKey, key, tone, helpAlwaysOpen, now);
    const entry: Partial<CardEntry> = { message, verdict, placement, adapter, seenAt: existing?.seenAt ?? now, eventId: this.eventIds.get(key) };
    this.pending.add(key);
    try {
      await this.language;
      entry.ui = await createShadowRootUi(this.ctx, {
        ...shadowUiOptions(WARNING_TAG, CARD_CSS),
        position: 'inline',
        anchor: message.element,
        append: 'after',
      });
    } finally {
      this.pending.delete(key);
    }
    if (!message.element.isConnected || this.dismissed.has(key)) return;
    entry.ui.mount();
    giveOwnLine(entry.ui.shadowHost);
    entry.space = measureSpace(entry.ui.shadowHost);
    this.observeSpace(entry.ui.shadowHost);
    this.cards.set(key, entry as CardEntry);
    this.highlighter.add(key, message.element, message.text, verdict.spans);
    this.renderCard(key);
    // Every card of this chat shows the new count: re-rendered once per wave of warnings (a busy
    // live chat), not all of them again for each new one.
    this.refreshCountsLater(message.conversationKey);
  }

  private refreshCountsLater(conversationKey: string): void {
    if (this.staleCounts.size === 0) this.ctx.setTimeout(() => this.refreshCounts(), COUNT_REFRESH_MS);
    this.staleCounts.add(conversationKey);
  }

  private refreshCounts(): void {
    for (const conversationKey of this.staleCounts) {
      for (const key of this.conversations.keysOf(conversationKey)) this.renderCard(key);
    }
    this.staleCounts.clear();
  }

  private renderAll(): void {
    for (const key of this.cards.keys()) this.renderCard(key);
  }

  /** A chat box resized (docked, zoomed, window resized): cards re-measure their space. */
  private observeSpace(host: HTMLElement): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver((records) => {
      for (const record of records) {
        for (const [key, entry] of this.cards) {
          if (entry.ui.shadowHost !== record.target) continue;
          const space = measureSpace(entry.ui.shadowHost);
          if (space.narrow === entry.space.narrow && space.theme === entry.space.theme) continue;
          entry.space = space;
          this.renderCard(key);
        }
      }
    });
    this.resizeObserver.observe(host);
  }

  dismiss(messageKey: string): void {
    this.dismissed.add(messageKey);
    void toWorker({ type: 'warning-dismissed', key: messageKey });
    this.removeCard(messageKey);
    // The next warning of this chat gets a card of its own instead of counting in a closed one.
    this.conversations.closed(messageKey);
  }

  /** "This is OK": remembered for this sender's similar messages in this conversation. */
  acceptAsOk(messageKey: string): void {
    const entry = this.cards.get(messageKey);
    if (!entry?.verdict.category) return;
    const key = this.falseAlarmKeyOf(entry.message);
    this.falseAlarms.add(key);
    void toWorker({ type: 'false-alarm', key, site: entry.adapter.id, category: entry.verdict.category, eventId: entry.eventId });
    // The mark follows the child's answer, as it will after a reload.
    entry.message.element.setAttribute(MARK_ATTR, 'ok');
    entry.message.element.removeAttribute(CATEGORY_ATTR);
    this.removeCard(messageKey);
    this.conversations.closed(messageKey);
  }

  async saveEvidence(messageKey: string): Promise<boolean> {
    const entry = this.cards.get(messageKey);
    if (!entry) return false;
    const evidence = captureEvidence(entry.adapter, entry.message, entry.verdict, entry.seenAt, document);
    if (!evidence) return false;
    const reply = await toWorker<{ ok: boolean }>({ type: 'evidence-save', evidence });
    return reply?.ok === true;
  }

  clear(): void {
    for (const entry of this.cards.values()) entry.ui.remove();
    this.cards.clear();
    this.conversations.clear();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.highlighter.clear();
  }

  private removeCard(messageKey: string): void {
    const entry = this.cards.get(messageKey);
    if (entry) this.resizeObserver?.unobserve(entry.ui.shadowHost);
    entry?.ui.remove();
    this.cards.delete(messageKey);
    this.highlighter.remove(messageKey);
  }

  private renderCard(messageKey: string): void {
    const entry = this.cards.get(messageKey);
    if (!entry?.ui.mounted || !entry.verdict.category || !entry.verdict.severity) return;
    const { message, verdict, placement } = entry;
    const model = buildCard(
      { category: verdict.category!, severity: verdict.severity!, direction: message.direction, signals: verdict.signals, spans: verdict.spans, text: message.text },
      this.region,
      ct,
    );
    // The card may have been scrolled, re-rendered or restyled since: re-read the page's scheme.
    entry.space = measureSpace(entry.ui.shadowHost);
    render(
      <WarningCard
        model={model}
        category={verdict.category!}
        severity={verdict.severity!}
        kind={placement.kind}
        helpOpen={placement.kind === 'card' && placement.helpOpen}
        stackedCount={this.conversations.stackedInto(messageKey).length}
        narrow={entry.space.narrow}
        theme={entry.space.theme}
        conversationCount={Math.max(1, this.conversations.count(message.conversationKey))}
        organizationName={this.organizationName}
        onDismiss={() => this.dismiss(messageKey)}
        onFalseAlarm={() => this.acceptAsOk(messageKey)}
        onSaveEvidence={() => this.saveEvidence(messageKey)}
        onOpenEvidence={() => void toWorker({ type: 'evidence-open' })}
      />,
      entry.ui.mounted,
    );
  }

  private falseAlarmKeyOf(message: ScannedMessage): string {
    return falseAlarmKey(message.conversationKey, message.sender, message.text);
  }
}
