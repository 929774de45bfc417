// One switch per category. A category the policy switches off stays off (disabled, with why).
import { CATEGORIES, type Category } from '@/lib/detect/types';
import { isCategoryForcedOff, type EffectiveSettings } from '@/lib/store/effective-settings';
import { tr } from '../shared/page-i18n';
import { switchedOff, updateLocalSettings } from '../shared/settings-state';
import { lockedProps, setByText } from './policy-lock';

export function CategoriesSection({ effective }: { effective: EffectiveSettings }) {
  const { settings, local, policy } = effective;
  const reasonId = 'categories-locked-reason';
  const isLocked = (c: Category) => policy.locked || isCategoryForcedOff(policy, c);
  const toggle = (category: Category, on: boolean) => void updateLocalSettings({ disabledCategories: switchedOff(local.disabledCategories, category, !on) });
  return (
    <fieldset class="card" data-testid="categories-section">
      <legend>{tr('opt_categories_title')}</legend>
      <p class="hint">{tr('opt_categories_intro')}</p>
      {CATEGORIES.some(isLocked) && <p id={reasonId} class="reason">{setByText(policy)}</p>}
      {CATEGORIES.map((category) => (
        <label key={category} class="choice">
          <input
            type="checkbox"
            role="switch"
            data-testid={`category-${category}`}
            checked={!settings.disabledCategories.includes(category)}
            onChange={(e) => toggle(category, (e.target as HTMLInputElement).checked)}
            {...lockedProps(isLocked(category), reasonId, `category-desc-${category}`)}
          />
          <span class="text">
            <strong>{tr(`opt_category_${category}_name`)}</strong>
            <span id={`category-desc-${category}`} class="hint">{tr(`opt_category_${category}_desc`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
