// The toolbar popup: this tab's status, protection on or paused, a pause (PIN in parent mode,
// none when a policy locks settings), help lines, and the way to the settings and activity.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteName } from '@/entrypoints/options/sections/SitesSection';
import { formatDateTime, formatNumber, tr } from '@/entrypoints/options/shared/page-i18n';
import { PinPrompt } from '@/entrypoints/options/shared/PinPrompt';
import { ReducedProtection } from '@/entrypoints/options/shared/ReducedProtection';
import { updateLocalSettings, useEffectiveSettings } from '@/entrypoints/options/shared/settings-state';
import type { EffectiveSettings } from '@/lib/store/effective-settings';
import { hasPin } from '@/lib/store/pin';
import { isPaused, PAUSE_MS } from '@/lib/store/settings';
import { HELP_LINES, helpLineKeys, resolveHelpRegion } from '@/lib/tips/help-lines';
import type { TabStatus } from '@/lib/messages';
import { activeTabStatus } from './tab-status';

export function PopupApp() {
  const effective = useEffectiveSettings();
  const [tab, setTab] = useState<TabStatus | null | undefined>(undefined);
  useEffect(() => {
    void activeTabStatus().then(setTab);
  }, []);
  useEffect(() => {
    if (effective) document.title = tr('extName');
  }, [effective]);
  if (!effective) return null;
  const { settings, policy } = effective;
  return (
    <main>
      <h1>{tr('extName')}</h1>
      {policy.present && (
        <p class="hint" data-testid="popup-org">
          {policy.organizationName ? tr('opt_policy_managed_by', policy.organizationName) : tr('opt_policy_managed')}
        </p>
      )}
      <ProtectionStatus effective={effective} />
      {effective.settings.sensitivity !== 'off' && <ReducedProtection />}
      <ThisTab tab={tab} />
      <PauseControl effective={effective} />
      <HelpLines region={settings.helpRegion} />
      <nav class="row" aria-label={tr('pop_links')}>
        <button type="button" class="secondary" data-testid="popup-settings" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {tr('pop_settings')}
        </button>
        <a href={browser.runtime.getURL('/options.html#activity')} target="_blank" rel="noopener" data-testid="popup-activity">
          {effective.local.mode === 'teen' ? tr('opt_tab_activity_teen') : tr('opt_tab_activity')}
        </a>
      </nav>
    </main>
  );
}

function ProtectionStatus({ effective }: { effective: EffectiveSettings }) {
  const { settings } = effective;
  let text: string;
  if (settings.sensitivity === 'off') text = tr('pop_protection_off');
  else if (isPaused(settings)) text = tr('pop_protection_paused', formatDateTime(settings.pausedUntil));
  else text = tr('pop_protection_on', tr(`sensitivity_${settings.sensitivity}`));
  return (
    <p class="notice" role="status" data-testid="popup-protection">
      {text}
    </p>
  );
}

function ThisTab({ tab }: { tab: TabStatus | null | undefined }) {
  let body;
  if (tab === undefined) body = <p>{tr('pop_tab_checking')}</p>;
  else if (tab === null) body = <p data-testid="popup-tab-unsupported">{tr('pop_tab_unsupported')}</p>;
  else if (tab.site === null) body = <p data-testid="popup-tab-site">{tr('pop_tab_no_chat')}</p>;
  else {
    const name = siteName(tab.site);
    const found =
      tab.reader === 'fallback'
        ? tr('pop_tab_fallback', name)
        : tab.recognised === null
          ? tr('pop_tab_pending', name)
          : tab.recognised
            ? tr('pop_tab_recognised', name)
            : tr('pop_tab_not_recognised', name);
    body = (
      <>
        <p data-testid="popup-tab-site" data-reader={tab.reader ?? undefined}>{found}</p>
        {!tab.active && <p>{tr('pop_tab_inactive')}</p>}
        <p data-testid="popup-tab-warnings">{tr('pop_tab_warnings', [formatNumber(tab.flagged), formatNumber(tab.scanned)])}</p>
      </>
    );
  }
  return (
    <section aria-labelledby="pop-tab-title" data-testid="popup-tab">
      <h2 id="pop-tab-title">{tr('pop_tab_title')}</h2>
      {body}
    </section>
  );
}

function PauseControl({ effective }: { effective: EffectiveSettings }) {
  const { settings, local, policy } = effective;
  const [asking, setAsking] = useState(false);
  const paused = isPaused(settings);
  if (!policy.canPause) {
    return (
      <p class="reason" data-testid="popup-pause-locked">
        {policy.organizationName ? tr('pop_pause_locked', policy.organizationName) : tr('pop_pause_locked_unnamed')}
      </p>
    );
  }
  if (settings.sensitivity === 'off') return null;
  const pause = () => updateLocalSettings({ pausedUntil: Date.now() + PAUSE_MS });
  if (paused) {
    return (
      <button type="button" data-testid="popup-resume" onClick={() => void updateLocalSettings({ pausedUntil: 0 })}>
        {tr('pop_resume')}
      </button>
    );
  }
  if (asking) {
    return (
      <section data-testid="popup-pause-pin">
        <PinPrompt
          title={tr('pop_pause_pin_title')}
          submitLabel={tr('pop_pause')}
          onUnlock={() => {
            setAsking(false);
            void pause();
          }}
        />
        <button type="button" class="secondary" onClick={() => setAsking(false)}>{tr('opt_cancel')}</button>
      </section>
    );
  }
  return (
    <div>
      <button
        type="button"
        data-testid="popup-pause"
        onClick={async () => {
          if (local.mode === 'parent' && (await hasPin())) setAsking(true);
          else await pause();
        }}
      >
        {tr('pop_pause')}
      </button>
      <p class="hint">{local.mode === 'parent' ? tr('pop_pause_hint_parent') : tr('pop_pause_hint')}</p>
    </div>
  );
}

function HelpLines({ region }: { region: string }) {
  const lines = HELP_LINES[resolveHelpRegion(region, navigator.languages)];
  return (
    <details data-testid="popup-help">
      <summary>{tr('pop_help_title')}</summary>
      <ul>
        {lines.map((line) => {
          const [name, detail] = helpLineKeys(line);
          return (
            <li key={line.id}>
              <strong>{tr(name)}</strong>: {tr(detail)}
              {line.phone && (
                <>
                  {' '}
                  <a href={`tel:${line.phone}`}>{line.phone}</a>
                </>
              )}
              {line.url && (
                <>
                  {' '}
                  <a href={line.url} target="_blank" rel="noopener noreferrer">{tr('pop_help_open')}</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
