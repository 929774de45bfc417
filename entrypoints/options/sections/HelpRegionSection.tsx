// Which region's help lines the warning's "Get help" shows.
import { useId } from 'preact/hooks';
import { isFieldLocked, type EffectiveSettings } from '@/lib/store/effective-settings';
import { HELP_REGIONS, helpRegionKey } from '@/lib/tips/help-lines';
import { tr } from '../shared/page-i18n';
import { updateLocalSettings } from '../shared/settings-state';
import { lockedProps, setByText } from './policy-lock';

export function HelpRegionSection({ effective }: { effective: EffectiveSettings }) {
  const id = useId();
  const { settings, policy } = effective;
  const locked = isFieldLocked(policy, 'helpRegion');
  return (
    <section aria-labelledby={`${id}-title`} data-testid="help-region-section">
      <h2 id={`${id}-title`}>{tr('opt_help_title')}</h2>
      <p class="hint" id={`${id}-hint`}>{tr('opt_help_intro')}</p>
      <div class="row">
        <label for={id}>{tr('opt_help_label')}</label>
        <select
          id={id}
          value={settings.helpRegion}
          data-testid="help-region"
          onChange={(e) => void updateLocalSettings({ helpRegion: (e.target as HTMLSelectElement).value })}
          {...lockedProps(locked, `${id}-reason`, `${id}-hint`)}
        >
          <option value="auto">{tr('opt_help_auto')}</option>
          {HELP_REGIONS.map((region) => (
            <option key={region} value={region}>{tr(helpRegionKey(region))}</option>
          ))}
        </select>
      </div>
      {locked && <p id={`${id}-reason`} class="reason">{setByText(policy)}</p>}
    </section>
  );
}
