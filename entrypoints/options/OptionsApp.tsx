import { useEffect, useState } from 'preact/hooks';
import { SENSITIVITIES, type Sensitivity } from '@/lib/detect/types';
import type { Settings } from '@/lib/store/settings';
import { loadLocalSettings, saveLocalSettings } from '@/lib/store/settings-storage';
import { t } from '@/lib/ui/i18n';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = t('extName');
    void loadLocalSettings().then(({ settings }) => setSettings(settings));
  }, []);

  if (!settings) return null;

  const setSensitivity = async (sensitivity: Sensitivity) => {
    const next = { ...settings, sensitivity };
    setSettings(next);
    await saveLocalSettings(next);
    setStatus(t('optionsSaved'));
  };

  return (
    <main>
      <h1>{t('extName')}</h1>
      <fieldset>
        <legend>{t('optionsSensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <label key={level} style={{ display: 'block' }}>
            <input
              type="radio"
              name="sensitivity"
              value={level}
              data-testid={`sensitivity-${level}`}
              checked={settings.sensitivity === level}
              onChange={() => void setSensitivity(level)}
            />{' '}
            {t(`sensitivity_${level}`)}
          </label>
        ))}
      </fieldset>
      <p role="status" data-testid="options-status">{status}</p>
    </main>
  );
}
