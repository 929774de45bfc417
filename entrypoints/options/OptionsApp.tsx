// The options page: settings and the activity view, behind the PIN in parent mode. A managed
// policy shows first, with the controls it decides disabled and explained.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadPin } from '@/lib/store/pin';
import { isPaused } from '@/lib/store/settings';
import { saveLocalSettings } from '@/lib/store/settings-storage';
import { ActivityView } from './sections/ActivityView';
import { CategoriesSection } from './sections/CategoriesSection';
import { DataSection } from './sections/DataSection';
import { HelpRegionSection } from './sections/HelpRegionSection';
import { ModeSection } from './sections/ModeSection';
import { PhrasesSection } from './sections/PhrasesSection';
import { PolicyNotice } from './sections/PolicyNotice';
import { SensitivitySection } from './sections/SensitivitySection';
import { SitesSection } from './sections/SitesSection';
import { ReducedProtection } from './shared/ReducedProtection';
import { LanguagePicker } from './shared/LanguagePicker';
import { formatDateTime, tr } from './shared/page-i18n';
import { PinPrompt } from './shared/PinPrompt';
import { updateLocalSettings, useEffectiveSettings, useSavedFlag } from './shared/settings-state';

type View = 'settings' | 'activity';
const viewFromHash = (): View => (location.hash === '#activity' ? 'activity' : 'settings');

interface PinStatus {
  has: boolean;
  corrupt: boolean;
}

export function OptionsApp() {
  const effective = useEffectiveSettings();
  const saved = useSavedFlag();
  const [pin, setPin] = useState<PinStatus | null>(null);
  const [unlocked, setUnlocked] = useState(false);
  const [view, setView] = useState<View>(viewFromHash());
  // Stored values that were invalid: told once, then storage is repaired with the defaults.
  const [repaired, setRepaired] = useState<string[] | null>(null);

  const refreshPin = () => void loadPin().then(({ record, corrupt }) => setPin({ has: record !== null, corrupt }));
  useEffect(refreshPin, []);
  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!effective || repaired) return;
    const fields = effective.problems.map((p) => p.field);
    setRepaired(fields);
    if (fields.length) void saveLocalSettings(effective.local);
  }, [effective, repaired]);
  useEffect(() => {
    if (effective) document.title = `${tr('opt_title')} · ${tr('extName')}`;
  }, [effective, view]);

  if (!effective || !pin) return null;
  const { local, settings, policy } = effective;
  const needsPin = local.mode === 'parent' && pin.has && !unlocked;

  return (
    <main>
      <header class="page">
        <h1>{tr('opt_title')}</h1>
        <LanguagePicker value={local.language} />
      </header>
      <PolicyNotice policy={policy} />
      {needsPin ? (
        <section data-testid="options-locked">
          <PinPrompt title={tr('opt_pin_gate_title')} submitLabel={tr('pin_unlock')} onUnlock={() => setUnlocked(true)} />
        </section>
      ) : (
        <>
          {repaired && repaired.length > 0 && (
            <p class="notice warn" role="alert" data-testid="settings-repaired">
              {tr('opt_repaired', repaired.map((f) => tr(`opt_field_${f === '*' ? 'all' : f}`)).join(', '))}
            </p>
          )}
          {local.mode === 'parent' && pin.corrupt && (
            <p class="notice warn" role="alert" data-testid="pin-corrupt">{tr('opt_pin_corrupt')}</p>
          )}
          {isPaused(settings) && (
            <p class="notice" role="status" data-testid="options-paused">
              {tr('opt_paused_until', formatDateTime(settings.pausedUntil))}{' '}
              <button type="button" class="secondary" onClick={() => void updateLocalSettings({ pausedUntil: 0 })}>
                {tr('pop_resume')}
              </button>
            </p>
          )}
          {settings.sensitivity !== 'off' && <ReducedProtection />}
          <nav class="tabs" aria-label={tr('opt_views')}>
            <a href="#settings" aria-current={view === 'settings' ? 'page' : undefined} data-testid="tab-settings">{tr('opt_tab_settings')}</a>
            <a href="#activity" aria-current={view === 'activity' ? 'page' : undefined} data-testid="tab-activity">
              {local.mode === 'teen' ? tr('opt_tab_activity_teen') : tr('opt_tab_activity')}
            </a>
          </nav>
          {view === 'activity' ? (
            <ActivityView effective={effective} />
          ) : (
            <>
              <SensitivitySection effective={effective} />
              <CategoriesSection effective={effective} />
              <SitesSection effective={effective} />
              <PhrasesSection effective={effective} />
              <HelpRegionSection effective={effective} />
              {/* Under a policy there is no parent/teen chooser; a mode chosen before stays editable. */}
              {!policy.locked && !(policy.present && local.mode === 'unset') && <ModeSection
                  effective={effective}
                  onPinChanged={() => {
                    // Whoever just set the PIN stays in; the page locks next time it opens.
                    setUnlocked(true);
                    refreshPin();
                  }}
                />}
              <DataSection effective={effective} />
            </>
          )}
          <p class="hint">
            <a href={browser.runtime.getURL('/welcome.html')}>{tr('opt_open_welcome')}</a>
          </p>
          <p role="status" class="hint" data-testid="options-status">{saved ? tr('optionsSaved') : ''}</p>
        </>
      )}
    </main>
  );
}
