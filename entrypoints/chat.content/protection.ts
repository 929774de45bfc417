// Wires one page: settings → judge (suppressions ∘ detector) → page session → sinks (card layer,
// event reporter, test marker). One session per (adapter, URL); navigation, pause or a settings
// change stops it and starts the next. The sinks outlive sessions: an event is logged once per
// message per conversation whatever happens on the page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDetector, type Detector } from '@/lib/detect';
import { builtInRules, prepareBuiltInRules } from '@/lib/rules/built-in';
import { createJudge } from '@/lib/scan/judge';
import { watchNavigation } from '@/lib/scan/navigation';
import { createScanMemory } from '@/lib/scan/page-scanner';
import { PageSession } from '@/lib/scan/page-session';
import { SwitchedPerfMarks } from '@/lib/scan/perf-marks';
import { fanOut } from '@/lib/scan/sinks';
import { TestMarker } from '@/lib/scan/test-marker';
import { adapterFor } from '@/lib/sites';
import { generic } from '@/lib/sites/generic';
import { withStructuralFallback, type FallbackAdapter } from '@/lib/sites/structural';
import type { SiteAdapter } from '@/lib/sites/types';
import { loadEffectiveSettings, toDetectorOptions, watchEffectiveSettings, type EffectiveSettings } from '@/lib/store/effective-settings';
import { isPaused } from '@/lib/store/settings';
import { isGetTabStatus, type TabStatus } from '@/lib/messages';
import type { Model } from '@/lib/detect/model/model';
import { EventReporter } from './event-reporter';
import { ReadCounter } from './read-counter';
import { requestModel } from './model-loader';
import { sendWarningEvent } from './event-sender';
import { loadPageSwitches, watchPageSwitches, type PageSwitches } from './page-switches';
import { CardSink, loadWarningUi } from './card-sink';
import { policyGate } from './policy-gate';
import { ComposerNudge } from './warning/nudge';
import { uiNames } from './warning/shadow-host';

export async function startProtection(ctx: ContentScriptContext): Promise<void> {
  let [effective, switches] = await Promise.all([loadEffectiveSettings(), loadPageSwitches()]);
  const perf = new SwitchedPerfMarks(performance);
  perf.enabled = switches.benchTimings;
  // Built on first use: most pages of the supported sites (feeds, settings, iframes) hold no chat,
  // and compiling the rules is the content script's costliest task.
  let built: Detector | null = null;
  // The learned stage arrives from the worker once a chat session starts; until then (or if it
  // never comes) the rules judge alone.
  let model: Model | null = null;
  const detector = (): Detector => {
    if (built) return built;
    const compileStart = performance.now();
    built = createDetector(builtInRules(), { ...toDetectorOptions(effective.settings), model });
    perf.measure('compile', compileStart);
    return built;
  };

  let session: PageSession | null = null;
  let current: SiteAdapter | null = null;
  // A supported site's reader falls back to the page's structure when its selectors find nothing (issue 13).
  let reading: FallbackAdapter | null = null;
  // Verdicts and counters outlive a session of the same site (a conversation switch and back is
  // not judged again); new settings or another site start afresh.
  let memory = createScanMemory();
  const falseAlarms = new Set<string>();
  const judge = createJudge((message) => detector().scan({ text: message.text, direction: message.direction, conversationKey: message.conversationKey }), falseAlarms);
  const marker = new TestMarker(document);
  marker.setEnabled(switches.testMarks);
  const cards = new CardSink(
    {
      adapter: () => session?.adapter ?? null,
      falseAlarms,
      onAccepted: (message) => session?.rejudge(message.element),
      names: uiNames(switches.uiTag, switches.testMarks),
    },
    loadWarningUi,
    // Cards are on the page from now on: notice if the extension goes away (see CONTEXT_CHECK_MS).
    () => ctx.setInterval(() => undefined, CONTEXT_CHECK_MS),
  );
  const reporter = new EventReporter(
    () => session?.adapter.id ?? 'generic',
    (payload, onStored) => sendWarningEvent(payload, onStored),
    (messageKey, id) => cards.setEventId(messageKey, id),
  );
  const reads = new ReadCounter(() => {
    const reader = reading?.reader();
    return session && reader ? { site: session.adapter.id, reader } : null;
  }).start(window, ctx.signal);
  // Order matters only for the page: the card shows before the event is sent. Until this profile
  // has seen its policy, the gate holds back whatever a policy could switch off (policy-gate.ts;
  // opened further down, once the settings can be applied).
  const sink = await policyGate(fanOut([marker, cards, reporter, reads], (error) => console.warn('[Not Alone]', error)));
  // The child's earlier answers (dismissed, "This is OK") apply before the first judgement.
  cards.configure(effective);
  await cards.loadAnswers();
  new ComposerNudge(ctx, (text) => (session && sink.isOpen ? detector().scan({ text, direction: 'out' }) : null), () => uiNames(switches.uiTag, switches.testMarks), () => cards.ui()).start();

  /** Stop the current session and start the one this page, now, calls for (or none). */
  const restart = () => {
    session?.stop();
    session = null;
    const adapter = chooseAdapter(location.href, effective);
    if (adapter !== current) memory = createScanMemory();
    current = adapter;
    if (!isActive(effective, adapter)) {
      marker.clear();
      return;
    }
    reading = adapter === generic ? null : withStructuralFallback(adapter);
    const next = (session = new PageSession({
      adapter: reading ?? adapter,
      win: window,
      judge,
      sink,
      perf,
      memory,
      onNotRecognised: (selectors) =>
        console.info(`[Not Alone] This ${adapter.id} page's layout was not recognised; selectors tried:`, selectors),
    }));
    // The first session waits (briefly) for the learned model, so messages are judged once, with it.
    void modelSettled().then(() => {
      if (session !== next || next.stopped) return;
      judgedWithoutModel ||= model === null;
      next.start();
    });
    // Compile while the chat page is idle rather than when its first message arrives, in short
    // slices that yield to the page (a message arriving meanwhile finishes the work at once).
    if (!built) ctx.requestIdleCallback(() => void prepareBuiltInRules().then(() => void detector()));
  };

  /**
   * The learned stage comes from the worker once a chat session is about to start (pages without
   * a chat never ask). Sessions wait for it up to MODEL_WAIT_MS; if it arrives later, the page is
   * judged again with it (the remembered verdicts were the rules' alone).
   */
  let judgedWithoutModel = false;
  let modelWait: Promise<void> | null = null;
  const modelSettled = (): Promise<void> =>
    (modelWait ??= Promise.race([
      requestModel().then((m) => {
        if (!m || ctx.isInvalid) return;
        model = m;
        built = null;
        if (!judgedWithoutModel) return;
        memory = createScanMemory();
        restart();
      }),
      new Promise<void>((resolve) => setTimeout(resolve, MODEL_WAIT_MS)),
    ]));

  const applySettings = (next: EffectiveSettings) => {
    effective = next;
    built = null;
    memory = createScanMemory();
    cards.configure(next);
    restart();
  };
  // The policy read: judge again (from the start: one message at a time would feed the
  // conversation context twice) only if it changed the settings or more was held than kept;
  // otherwise the verdicts held meanwhile are the right ones and reach the sinks as they are.
  sink.openAfterPolicyRead(async (mustRejudge) => {
    const next = await loadEffectiveSettings();
    if (!ctx.isInvalid && (mustRejudge || JSON.stringify(next) !== JSON.stringify(effective))) applySettings(next);
  });
  const applySwitches = (next: PageSwitches) => {
    switches = next;
    perf.enabled = next.benchTimings;
    cards.setNames(uiNames(next.uiTag, next.testMarks));
    marker.setEnabled(next.testMarks, (visit) => session?.forEachJudged(visit));
  };

  ctx.onInvalidated(watchEffectiveSettings(applySettings));
  ctx.onInvalidated(watchPageSwitches(() => switches, applySwitches));
  ctx.onInvalidated(() => {
    session?.stop();
    cards.clear();
    marker.clear();
  });
  // A new session when the address changes (SPA navigation): a new conversation, or another section.
  watchNavigation(window, ctx.signal, () => restart());
  if (window === window.top) answerTabStatus(ctx, () => tabStatus(current, session, reading));
  restart();
}

/** How long a chat page's first session waits for the learned model before the rules judge alone. */
const MODEL_WAIT_MS = 1500;
/**
 * How often, once a warning was shown, the script checks that its extension is still there. An
 * update or reload orphans the script without any event reaching it; this is how it notices and
 * takes its cards away. Pages that never showed a warning have nothing to take away: no timer.
 */
const CONTEXT_CHECK_MS = 2000;

/** A supported site's adapter, else the generic one where the parent enabled it for this host. */
function chooseAdapter(href: string, { settings }: EffectiveSettings): SiteAdapter | null {
  const url = new URL(href);
  return adapterFor(url) ?? (settings.genericSites.includes(url.hostname) ? generic : null);
}

function isActive({ settings }: EffectiveSettings, adapter: SiteAdapter | null): adapter is SiteAdapter {
  return adapter !== null && settings.sensitivity !== 'off' && !isPaused(settings) && !settings.disabledSites.includes(adapter.id);
}

function tabStatus(adapter: SiteAdapter | null, session: PageSession | null, reading: FallbackAdapter | null): TabStatus {
  const stats = session?.stats;
  return {
    site: adapter?.id ?? null,
    recognised: stats?.recognised ?? null,
    scanned: stats?.scanned ?? 0,
    flagged: stats?.flagged ?? 0,
    active: session !== null,
    reader: session ? (reading?.reader() ?? null) : null,
  };
}

/** The popup asks the top frame of a tab: `{type: 'get-tab-status'}` → TabStatus. */
function answerTabStatus(ctx: ContentScriptContext, status: () => TabStatus): void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isGetTabStatus(raw)) return undefined;
    return Promise.resolve(status());
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime?.onMessage?.removeListener(listener));
}
