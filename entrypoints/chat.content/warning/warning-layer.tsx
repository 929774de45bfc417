// The card layer, a verdict sink: one warning card per flagged message, in a host element placed
// right after the message (shadow-host.ts: a neutral name and a closed shadow root, or the test
// contract's `not-alone-warning` with an open one), on a line of its own. Re-renders of the same
// message reuse the card. Remembers the child's answers (dismissed, "This is OK") through the
// service worker, and keeps a chat calm (stacking.ts): later warnings soon after a card are
// counted in it, and after MAX_FULL_CARDS cards further warnings start as one line. Cards follow
// the space they have (narrow in small chat boxes), the page's colour scheme and the parent's
// language.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Verdict } from '@/lib/detect/types';
import type { ExtensionMessage, WarningStateReply } from '@/lib/messages';
import { BoundedMap } from '@/lib/scan/bounded-map';
import { falseAlarmKey } from '@/lib/scan/judge';
import { MAX_SEEN_MESSAGES, type ScannedMessage } from '@/lib/scan/page-scanner';
import type { VerdictSink } from '@/lib/scan/sinks';
import type { SiteAdapter } from '@/lib/sites/types';
import type { EffectiveSettings } from '@/lib/store/effective-settings';
import { resolveHelpRegion, type HelpRegion } from '@/lib/tips/help-lines';
import type { Bundle } from '@/lib/ui/locale-bundle';
import { ct, setCardLanguage } from './card-i18n';
import { giveOwnLine, measureSpace, type CardSpace } from './card-layout';
import { buildCard, HELP_OPEN_CATEGORIES, toneOf } from './card-model';
import { CARD_CSS } from './card-css';
import { captureEvidence } from './evidence-capture';
import { MatchHighlighter } from './highlight';
import { createShadowHost, type ShadowHost, type UiNames } from './shadow-host';
import { ConversationWarnings, type Placement } from './stacking';
import { WarningCard } from './WarningCard';

export { MAX_FULL_CARDS, STACK_WINDOW_MS } from './stacking';
/** Delay before the other cards of a chat show a new warning count (batches a burst of warnings). */
export const COUNT_REFRESH_MS = 200;

interface CardEntry {
  ui: ShadowHost;
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

export interface WarningLayerOptions {
  /** Which adapter read the messages now (for the neighbours of "Save evidence"). */
  adapter(): SiteAdapter | null;
  /** The child's "This is OK" answers; the layer adds to it, the judge reads it. */
  falseAlarms: Set<string>;
  /** "This is OK" was pressed: the message is to be judged again (the judge now accepts it). */
  onAccepted(message: ScannedMessage): void;
  names: UiNames;
}

export class WarningLayer implements VerdictSink {
  private readonly cards = new Map<string, CardEntry>();
  private dismissed = new Set<string>();
  /** Where each warning of a conversation went (card, stacked, calm line). */
  private readonly conversations = new ConversationWarnings();
  /** Logged events' ids by message key (bounded like the scanner's verdicts). */
  private readonly eventIds = new BoundedMap<string, number>(MAX_SEEN_MESSAGES);
  /** Conversations whose cards show an old warning count. */
  private readonly staleCounts = new Set<string>();
  private highlighter: MatchHighlighter;
  private region: HelpRegion = 'INTL';
  private organizationName: string | undefined;
  private names: UiNames;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | null = null;

  constructor(private readonly options: WarningLayerOptions) {
    this.names = options.names;
    this.highlighter = new MatchHighlighter(document, options.names);
    // The system switching to dark (or back) repaints many sites: cards follow.
    window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', () => this.renderAll(true));
  }

  onVerdict(message: ScannedMessage, verdict: Verdict): void {
    if (verdict.flagged) this.show(message, verdict);
    else if (this.cards.has(message.messageKey)) this.removeCard(message.messageKey);
  }

  onSessionEnd(): void {
    this.clear();
  }

  /** Test marks switched on or off: every card moves to a host under the other names. */
  setNames(names: UiNames): void {
    if (names === this.names) return;
    this.names = names;
    this.highlighter.clear();
    this.highlighter = new MatchHighlighter(document, names);
    for (const [key, entry] of this.cards) {
      unmount(entry.ui);
      if (!entry.message.element.isConnected) {
        this.cards.delete(key);
        continue;
      }
      entry.ui = this.mount(entry.message.element);
      entry.space = measureSpace(entry.ui.host);
      this.highlighter.add(key, entry.message.element, entry.message.text, entry.verdict.spans);
      this.renderCard(key);
    }
  }

  private mount(after: Element): ShadowHost {
    const ui = createShadowHost(document, this.names.card, this.names.shadowMode, CARD_CSS);
    after.after(ui.host);
    giveOwnLine(ui.host);
    this.observeSpace(ui.host);
    return ui;
  }

  /** A chat box resized (docked, zoomed, window resized): cards re-measure their space. */
  private observeSpace(host: HTMLElement): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver((records) => {
      for (const record of records) {
        for (const [key, entry] of this.cards) {
          if (entry.ui.host !== record.target) continue;
          const space = measureSpace(entry.ui.host);
          if (space.narrow === entry.space.narrow && space.theme === entry.space.theme) continue;
          entry.space = space;
          this.renderCard(key);
        }
      }
    });
    this.resizeObserver.observe(host);
  }

  /** Load the child's earlier answers; resolves (with nothing remembered) if the worker is away. */
  async loadAnswers(): Promise<void> {
    const state = await toWorker<WarningStateReply>({ type: 'warning-state' });
    if (state) this.applyAnswers(state);
  }

  /** The child's earlier answers (the content script fetched them before the UI loaded). */
  applyAnswers(state: WarningStateReply): void {
    for (const key of state.falseAlarms) this.options.falseAlarms.add(key);
    for (const key of state.dismissed) this.dismissed.add(key);
  }

  configure({ settings, policy }: EffectiveSettings): void {
    this.region = resolveHelpRegion(settings.helpRegion, [...navigator.languages, browser.i18n.getUILanguage()]);
    this.organizationName = policy.organizationName?.trim() || undefined;
    // Cards drawn before the chosen language's strings arrive are redrawn in it.
    void setCardLanguage(settings.language, (lang) => toWorker<Bundle>({ type: 'card-strings', lang })).then(() => this.renderAll());
  }

  /** The event logged for this warning, so "This is OK" can mark it for the activity view. */
  setEventId(messageKey: string, id: number): void {
    this.eventIds.set(messageKey, id);
    const entry = this.cards.get(messageKey);
    if (entry) entry.eventId = id;
  }

  show(message: ScannedMessage, verdict: Verdict): void {
    // A message judged after the page removed it has no place for a card.
    if (!verdict.flagged || !verdict.category || !verdict.severity || !message.element.isConnected) return;
    const adapter = this.options.adapter();
    const key = message.messageKey;
    if (!adapter || this.dismissed.has(key)) return;
    const existing = this.cards.get(key);
    if (existing?.ui.host.isConnected && existing.ui.host.previousElementSibling === message.element) return;
    if (existing) unmount(existing.ui);
    const now = Date.now();
    const tone = toneOf(verdict.category, verdict.severity, message.direction);
    const severe = message.direction === 'in' && HELP_OPEN_CATEGORIES.has(verdict.category);
    const placement = this.conversations.place(message.conversationKey, key, { tone, severe, outgoing: message.direction === 'out' }, now);
    const ui = this.mount(message.element);
    const space = measureSpace(ui.host);
    this.cards.set(key, { ui, message, verdict, placement, space, adapter, seenAt: existing?.seenAt ?? now, eventId: this.eventIds.get(key) });
    this.highlighter.add(key, message.element, message.text, verdict.spans);
    this.renderCard(key);
    // Every card of this chat shows the new count: re-rendered once per wave of warnings (a busy
    // live chat), not all of them again for each new one.
    this.refreshCountsLater(message.conversationKey);
  }

  private refreshCountsLater(conversationKey: string): void {
    if (this.staleCounts.size === 0) this.countTimer = setTimeout(() => this.refreshCounts(), COUNT_REFRESH_MS);
    this.staleCounts.add(conversationKey);
  }

  private refreshCounts(): void {
    this.countTimer = undefined;
    for (const conversationKey of this.staleCounts) {
      for (const key of this.conversations.keysOf(conversationKey)) {
        // Once per wave, not per card drawn: the page may have switched theme since.
        const entry = this.cards.get(key);
        if (entry) entry.space = measureSpace(entry.ui.host);
        this.renderCard(key);
      }
    }
    this.staleCounts.clear();
  }

  private renderAll(remeasure = false): void {
    for (const [key, entry] of this.cards) {
      if (remeasure) entry.space = measureSpace(entry.ui.host);
      this.renderCard(key);
    }
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
    this.options.falseAlarms.add(key);
    void toWorker({ type: 'false-alarm', key, site: entry.adapter.id, category: entry.verdict.category, eventId: entry.eventId });
    this.removeCard(messageKey);
    this.conversations.closed(messageKey);
    // Judged again, the message is accepted, as it will be after a reload.
    this.options.onAccepted(entry.message);
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
    for (const entry of this.cards.values()) unmount(entry.ui);
    this.cards.clear();
    if (this.countTimer !== undefined) clearTimeout(this.countTimer);
    this.countTimer = undefined;
    this.staleCounts.clear();
    this.conversations.clear();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.highlighter.clear();
  }

  private removeCard(messageKey: string): void {
    const entry = this.cards.get(messageKey);
    if (entry) {
      this.resizeObserver?.unobserve(entry.ui.host);
      unmount(entry.ui);
    }
    this.cards.delete(messageKey);
    this.highlighter.remove(messageKey);
  }

  private renderCard(messageKey: string): void {
    const entry = this.cards.get(messageKey);
    if (!entry?.ui.host.isConnected || !entry.verdict.category || !entry.verdict.severity) return;
    const { message, verdict, placement } = entry;
    const model = buildCard(
      { category: verdict.category!, severity: verdict.severity!, direction: message.direction, signals: verdict.signals, spans: verdict.spans, text: message.text },
      this.region,
      ct,
    );
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
      entry.ui.container,
    );
  }

  private falseAlarmKeyOf(message: ScannedMessage): string {
    return falseAlarmKey(message.conversationKey, message.sender, message.text);
  }
}

function unmount(ui: ShadowHost): void {
  render(null, ui.container);
  ui.host.remove();
}
