// The card a child sees next to a flagged message. Every string is set as text (Preact escapes
// it); page content never becomes markup.
import type { Category, Severity } from '@/lib/detect/types';
import { t } from '@/lib/ui/i18n';

export interface WarningCardProps {
  category: Category;
  severity: Severity;
  onDismiss(): void;
}

const TIP_COUNT: Record<Category, number> = {
  grooming: 3,
  sexual_request: 3,
  sextortion: 3,
  trafficking_recruitment: 3,
  scam: 3,
  personal_info: 2,
  bullying: 2,
};

export function WarningCard({ category, severity, onDismiss }: WarningCardProps) {
  const tips = Array.from({ length: TIP_COUNT[category] }, (_, i) => t(`tip_${category}_${i + 1}`));
  return (
    <section class={`card severity-${severity}`} role="alert" aria-label={t('warningLabel')} data-testid="warning-card">
      <p class="risk" data-testid="warning-risk">{t(`risk_${category}`)}</p>
      <ul class="tips">
        {tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <button type="button" class="dismiss" onClick={onDismiss} data-testid="warning-dismiss">
        {t('warningDismiss')}
      </button>
    </section>
  );
}
