// The "think before you send" hint's content (in the warning UI script; nudge.ts places it).
import { render } from 'preact';
import type { Category } from '@/lib/detect/types';
import { ct as t } from './card-i18n';

export function renderNudge(container: HTMLElement, category: Category, onDismiss: () => void): void {
  render(
    <div class="nudge" role="status" aria-live="polite" data-testid="nudge" data-category={category}>
      <strong>{t('nudge_title')}</strong>
      <span>{t(`nudge_${category}`)}</span>
      <button type="button" data-testid="nudge-dismiss" onClick={onDismiss}>
        {t('nudge_dismiss')}
      </button>
    </div>,
    container,
  );
}

export function unrender(container: HTMLElement): void {
  render(null, container);
}
