// Wires one page: settings → engine → page scanner → warnings + event log.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDetector } from '@/lib/detect';
import type { Verdict } from '@/lib/detect/types';
import { PageScanner, type ScannedMessage, MARK_ATTR, CATEGORY_ATTR } from '@/lib/scan/page-scanner';
import { adapterFor } from '@/lib/sites';
import type { SiteAdapter } from '@/lib/sites/types';
import { loadEffectiveSettings, toDetectorOptions, watchEffectiveSettings, type EffectiveSettings } from '@/lib/store/effective-settings';
import { isPaused } from '@/lib/store/settings';
import type { WarningShownMessage } from '@/lib/messages';
import { WarningLayer } from './warning/warning-layer';

export async function startProtection(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  const warnings = new WarningLayer(ctx);
  let effective = await loadEffectiveSettings();
  let detector = createDetector(toDetectorOptions(effective.settings));
  let scanner: PageScanner | null = null;
  let run: AbortController | null = null;

  const start = () => {
    run = new AbortController();
    scanner = new PageScanner({
      adapter,
      win: window,
      signal: run.signal,
      judge: (message) =>
        detector.scan({ text: message.text, direction: message.direction, conversationKey: message.conversationKey }),
      onMarked: (message, verdict, firstTime) => {
        if (!verdict.flagged) return;
        void warnings.show(message, verdict);
        if (firstTime) reportWarning(adapter, message, verdict);
      },
      onNotRecognised: (selectors) =>
        console.info(`[Not Alone] This ${adapter.id} page's layout was not recognised; selectors tried:`, selectors),
      onNavigate: () => warnings.clear(),
    });
    scanner.start();
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
    detector = createDetector(toDetectorOptions(effective.settings));
    const active = isActive(effective, adapter);
    if (!active) return stop();
    if (!scanner) return start();
    warnings.clear();
    scanner.rescanAll();
  };

  ctx.onInvalidated(watchEffectiveSettings(apply));
  ctx.onInvalidated(() => run?.abort());
  if (isActive(effective, adapter)) start();
}

function isActive({ settings }: EffectiveSettings, adapter: SiteAdapter): boolean {
  return settings.sensitivity !== 'off' && !isPaused(settings) && !settings.disabledSites.includes(adapter.id);
}

function reportWarning(adapter: SiteAdapter, message: ScannedMessage, verdict: Verdict): void {
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
  // The worker may be asleep or the extension reloading; a lost count must not break the page.
  browser.runtime.sendMessage(payload).catch(() => undefined);
}
