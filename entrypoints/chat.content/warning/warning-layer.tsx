// Mounts one warning card per flagged message, in a `not-alone-warning` element with an open
// shadow root placed right after the message. Re-renders of the same message reuse the card.
// Also remembers the child's answers (dismissed, "This is OK") through the service worker, and
// keeps a busy chat calm: after MAX_FULL_CARDS cards, further warnings start as one line.
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
import { t } from '@/lib/ui/i18n';
import { buildCard } from './card-model';
import { CARD_CSS } from './card-css';
import { captureEvidence } from './evidence-capture';
import { MatchHighlighter } from './highlight';
import { shadowUiOptions } from './shadow-ui';
import { WarningCard } from './WarningCard';

export const WARNING_TAG = 'not-alone-warning';
/** Full cards per conversation; later warnings start compact ("Another warning: … Show"). */
export const MAX_FULL_CARDS = 2;
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
  compact: boolean;
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
  /** Flagged message keys per conversation, in the order they were warned about. */
  private readonly byConversation = new Map<string, string[]>();
  private readonly eventIds = new Map<string, number>();
  /** Conversations whose cards show an old warning count. */
  private readonly staleCounts = new Set<string>();
  private readonly highlighter = new MatchHighlighter(document);
  private region: HelpRegion = 'INTL';
  private organizationName: string | undefined;

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
    const count = this.countIn(message.conversationKey, key);
    const compact = existing?.compact ?? count > MAX_FULL_CARDS;
    const entry: Partial<CardEntry> = { message, verdict, compact, adapter, seenAt: existing?.seenAt ?? Date.now(), eventId: this.eventIds.get(key) };
    this.pending.add(key);
    try {
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
      for (const key of this.byConversation.get(conversationKey) ?? []) this.renderCard(key);
    }
    this.staleCounts.clear();
  }

  dismiss(messageKey: string): void {
    this.dismissed.add(messageKey);
    void toWorker({ type: 'warning-dismissed', key: messageKey });
    this.removeCard(messageKey);
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
    this.byConversation.clear();
    this.highlighter.clear();
  }

  private removeCard(messageKey: string): void {
    const entry = this.cards.get(messageKey);
    entry?.ui.remove();
    this.cards.delete(messageKey);
    this.highlighter.remove(messageKey);
  }

  /** Position of this warning in its conversation (1-based), counting it in if new. */
  private countIn(conversationKey: string, messageKey: string): number {
    const keys = this.byConversation.get(conversationKey) ?? [];
    if (!keys.includes(messageKey)) keys.push(messageKey);
    this.byConversation.set(conversationKey, keys);
    return keys.indexOf(messageKey) + 1;
  }

  private renderCard(messageKey: string): void {
    const entry = this.cards.get(messageKey);
    if (!entry?.ui.mounted || !entry.verdict.category || !entry.verdict.severity) return;
    const { message, verdict } = entry;
    const model = buildCard(
      { category: verdict.category!, severity: verdict.severity!, direction: message.direction, signals: verdict.signals, spans: verdict.spans, text: message.text },
      this.region,
      t,
    );
    render(
      <WarningCard
        model={model}
        category={verdict.category!}
        severity={verdict.severity!}
        compact={entry.compact}
        conversationCount={this.byConversation.get(message.conversationKey)?.length ?? 1}
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
