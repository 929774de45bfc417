// Wires one page: settings → engine → page scanner → warnings + event log.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDetector, type Detector } from '@/lib/detect';
import { builtInRules, prepareBuiltInRules } from '@/lib/rules/built-in';
import type { Verdict } from '@/lib/detect/types';
import { PageScanner, type ScannedMessage, MARK_ATTR, CATEGORY_ATTR } from '@/lib/scan/page-scanner';
import { perfMarks } from '@/lib/scan/perf-marks';
import { adapterFor } from '@/lib/sites';
import { generic } from '@/lib/sites/generic';
import type { SiteAdapter } from '@/lib/sites/types';
import { loadEffectiveSettings, toDetectorOptions, watchEffectiveSettings, type EffectiveSettings } from '@/lib/store/effective-settings';
import { isPaused } from '@/lib/store/settings';
import { isGetTabStatus, type TabStatus, type WarningShownMessage } from '@/lib/messages';
import { sendWarningEvent } from './event-sender';
import { WarningLayer } from './warning/warning-layer';
import { ComposerNudge } from './warning/nudge';

export async function startProtection(ctx: ContentScriptContext): Promise<void> {
  const warnings = new WarningLayer(ctx);
  let effective = await loadEffectiveSettings();
  // Built on first use: most pages of the supported sites (feeds, settings, iframes) hold no chat,
  // and compiling the rules is the content script's costliest task.
  let built: Detector | null = null;
  const detector = (): Detector => {
    if (built) return built;
    const compileStart = performance.now();
    built = createDetector(builtInRules(), toDetectorOptions(effective.settings));
    perfMarks(document).measure('compile', compileStart);
    return built;
  };
  // The child's earlier answers (dismissed, "This is OK") apply before the first judgement.
  warnings.configure(effective);
  await warnings.loadAnswers();
  // The adapter follows SPA navigation: facebook.com feed → /messages, discord.com/app → /channels.
  let adapter = chooseAdapter(location.href, effective);
  let scanner: PageScanner | null = null;
  let run: AbortController | null = null;
  new ComposerNudge(ctx, (text) => (scanner ? detector().scan({ text, direction: 'out' }) : null)).start();

  const start = () => {
    if (!adapter) return;
    const site = adapter;
    run = new AbortController();
    scanner = new PageScanner({
      adapter: site,
      win: window,
      signal: run.signal,
      judge: (message) =>
        warnings.judge(message, () => detector().scan({ text: message.text, direction: message.direction, conversationKey: message.conversationKey })),
      onMarked: (message, verdict, firstTime) => {
        if (!verdict.flagged) return;
        void warnings.show(message, verdict, site);
        if (firstTime) reportWarning(site, message, verdict, (id) => warnings.setEventId(message.messageKey, id));
      },
      onNotRecognised: (selectors) =>
        console.info(`[Not Alone] This ${site.id} page's layout was not recognised; selectors tried:`, selectors),
      onNavigate: () => warnings.clear(),
    });
    scanner.start();
    // Compile while the chat page is idle rather than when its first message arrives, in short
    // slices that yield to the page (a message arriving meanwhile finishes the work at once).
    ctx.requestIdleCallback(() => void prepareBuiltInRules().then(() => void detector()));
  };
  const stop = () => {
    run?.abort();
    run = null;
    scanner = null;
    warnings.clear();
    for (const el of document.querySelectorAll(`[${MARK_ATTR}]`)) {
      el.removeAttribute(MARK_ATTR);
      el.removeAttribute(CATEGORY_ATTR);
    }
  };
  const apply = (next: EffectiveSettings) => {
    effective = next;
    built = null;
    warnings.configure(next);
    if (followAdapter()) return;
    const active = isActive(effective, adapter);
    if (!active) return stop();
    if (!scanner) return start();
    warnings.clear();
    scanner.rescanAll();
  };
  /** Switch adapters when the page moved to another section; true when it did. */
  const followAdapter = (href = location.href): boolean => {
    const next = chooseAdapter(href, effective);
    if (next === adapter) return false;
    stop();
    adapter = next;
    if (isActive(effective, adapter)) start();
    return true;
  };

  ctx.onInvalidated(watchEffectiveSettings(apply));
  ctx.onInvalidated(() => run?.abort());
  // WXT's event fires as navigation starts (location.href is still the old URL): use its newUrl.
  // The page scanner's own watchdog follows the URL once it has changed, so also check then.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => followAdapter(event.newUrl.href));
  ctx.setInterval(() => followAdapter(), ADAPTER_WATCH_MS);
  if (window === window.top) answerTabStatus(ctx, () => tabStatus(adapter, scanner, isActive(effective, adapter) && scanner !== null));
  if (isActive(effective, adapter)) start();
}

/** How often the page is checked for having moved to another section (Facebook feed → Messages). */
const ADAPTER_WATCH_MS = 1000;

/** A supported site's adapter, else the generic one where the parent enabled it for this host. */
function chooseAdapter(href: string, { settings }: EffectiveSettings): SiteAdapter | null {
  const url = new URL(href);
  return adapterFor(url) ?? (settings.genericSites.includes(url.hostname) ? generic : null);
}

function isActive({ settings }: EffectiveSettings, adapter: SiteAdapter | null): adapter is SiteAdapter {
  return adapter !== null && settings.sensitivity !== 'off' && !isPaused(settings) && !settings.disabledSites.includes(adapter.id);
}

function tabStatus(adapter: SiteAdapter | null, scanner: PageScanner | null, active: boolean): TabStatus {
  const stats = scanner?.stats;
  return { site: adapter?.id ?? null, recognised: stats?.recognised ?? null, scanned: stats?.scanned ?? 0, flagged: stats?.flagged ?? 0, active };
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

function reportWarning(adapter: SiteAdapter, message: ScannedMessage, verdict: Verdict, onLogged?: (eventId: number) => void): void {
  if (!verdict.category || !verdict.severity) return;
  const payload: WarningShownMessage = {
    type: 'warning-shown',
    event: {
      time: Date.now(),
      site: adapter.id,
      category: verdict.category,
      severity: verdict.severity,
      rules: verdict.rules.slice(0, 20),
      direction: message.direction,
    },
  };
  // The worker may be stopped or the extension reloading: retried, and never breaks the page.
  sendWarningEvent(payload, onLogged);
}
