// Off / Low / Balanced / Strict, each with one line on what it does and an example it catches.
// Levels under the policy's floor are disabled, with the reason as their description.
import { SENSITIVITIES, type Sensitivity } from '@/lib/detect/types';
import { isSensitivityAllowed, type EffectiveSettings } from '@/lib/store/effective-settings';
import { tr } from '../shared/page-i18n';
import { updateLocalSettings } from '../shared/settings-state';
import { lockedProps, setByText } from './policy-lock';

export function SensitivitySection({ effective }: { effective: EffectiveSettings }) {
  const { settings, policy } = effective;
  const reasonId = 'sensitivity-locked-reason';
  const anyLocked = SENSITIVITIES.some((level) => !isSensitivityAllowed(policy, level, settings.sensitivity));
  return (
    <fieldset class="card" data-testid="sensitivity-section">
      <legend>{tr('optionsSensitivity')}</legend>
      <p class="hint">{tr('opt_sensitivity_intro')}</p>
      {anyLocked && (
        <p id={reasonId} class="reason">
          {policy.locked ? setByText(policy) : `${setByText(policy)} ${tr('opt_policy_floor', tr(`sensitivity_${policy.sensitivityFloor ?? 'low'}`))}`}
        </p>
      )}
      {SENSITIVITIES.map((level: Sensitivity) => {
        const locked = !isSensitivityAllowed(policy, level, settings.sensitivity);
        return (
          <label key={level} class="choice">
            <input
              type="radio"
              name="sensitivity"
              value={level}
              data-testid={`sensitivity-${level}`}
              checked={settings.sensitivity === level}
              onChange={() => void updateLocalSettings({ sensitivity: level })}
              {...lockedProps(locked, reasonId, `sensitivity-desc-${level}`)}
            />
            <span class="text">
              <strong>{tr(`sensitivity_${level}`)}</strong>
              <span id={`sensitivity-desc-${level}`} class="hint">
                {tr(`opt_sensitivity_${level}_desc`)} {tr(`opt_sensitivity_${level}_example`)}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
