// First run, opened once on install. Protection is already on (Balanced) before any answer:
// nothing here can switch it off by being left unanswered. One choice: parent or teen.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguagePicker } from '@/entrypoints/options/shared/LanguagePicker';
import { tr } from '@/entrypoints/options/shared/page-i18n';
import { SetPinForm } from '@/entrypoints/options/shared/SetPinForm';
import { updateLocalSettings, useEffectiveSettings } from '@/entrypoints/options/shared/settings-state';

type Step = 'choose' | 'parent-pin' | 'done';

export function WelcomeApp() {
  const effective = useEffectiveSettings();
  const [step, setStep] = useState<Step>('choose');

  useEffect(() => {
    if (effective) document.title = tr('welcome_title');
  }, [effective]);
  if (!effective) return null;
  const { settings, local, policy } = effective;
  const optionsUrl = browser.runtime.getURL('/options.html');
  const chosen = step === 'done' || local.mode !== 'unset';

  return (
    <main>
      <header class="page">
        <h1>{tr('welcome_title')}</h1>
        <LanguagePicker value={local.language} />
      </header>
      <p class="notice" role="status" data-testid="welcome-protection">
        {settings.sensitivity === 'off' ? tr('welcome_protection_off') : tr('welcome_protection_on', tr(`sensitivity_${settings.sensitivity}`))}
      </p>

      <section aria-labelledby="does">
        <h2 id="does">{tr('welcome_does_title')}</h2>
        <ul>
          <li>{tr('welcome_does_1')}</li>
          <li>{tr('welcome_does_2')}</li>
          <li>{tr('welcome_does_3')}</li>
        </ul>
        <h2 id="does-not">{tr('welcome_does_not_title')}</h2>
        <ul aria-labelledby="does-not">
          <li>{tr('welcome_does_not_1')}</li>
          <li>{tr('welcome_does_not_2')}</li>
          <li>{tr('welcome_does_not_3')}</li>
        </ul>
      </section>

      {policy.present ? (
        <section data-testid="welcome-managed">
          <h2>{tr('welcome_managed_title')}</h2>
          <p>{policy.organizationName ? tr('welcome_managed_by', policy.organizationName) : tr('welcome_managed')}</p>
          <p>
            <a href={optionsUrl}>{tr('welcome_open_settings')}</a>
          </p>
        </section>
      ) : chosen ? (
        <Done mode={local.mode} optionsUrl={optionsUrl} />
      ) : step === 'parent-pin' ? (
        <section aria-labelledby="pin-title" data-testid="welcome-parent">
          <h2 id="pin-title">{tr('welcome_parent_pin_title')}</h2>
          <p>{tr('welcome_parent_pin_intro')}</p>
          <SetPinForm
            submitLabel={tr('welcome_parent_pin_save')}
            onDone={async () => {
              await updateLocalSettings({ mode: 'parent' });
              setStep('done');
            }}
          />
          <button type="button" class="secondary" onClick={() => setStep('choose')}>
            {tr('welcome_back')}
          </button>
        </section>
      ) : (
        <section aria-labelledby="who">
          <h2 id="who">{tr('welcome_who_title')}</h2>
          <p class="hint">{tr('welcome_who_hint')}</p>
          <div class="row">
            <button type="button" data-testid="choose-parent" onClick={() => setStep('parent-pin')}>
              {tr('welcome_choose_parent')}
            </button>
            <button
              type="button"
              data-testid="choose-teen"
              onClick={() => void updateLocalSettings({ mode: 'teen' }).then(() => setStep('done'))}
            >
              {tr('welcome_choose_teen')}
            </button>
          </div>
        </section>
      )}
    </main>
  );
}

function Done(props: { mode: string; optionsUrl: string }) {
  return (
    <section data-testid="welcome-done" aria-live="polite">
      {props.mode === 'teen' ? (
        <>
          <h2>{tr('welcome_teen_title')}</h2>
          <p>{tr('welcome_teen_1')}</p>
          <p>{tr('welcome_teen_2')}</p>
          <p>{tr('welcome_teen_3')}</p>
        </>
      ) : (
        <>
          <h2>{tr('welcome_parent_done_title')}</h2>
          <p>{tr('welcome_parent_done_1')}</p>
          <p>{tr('welcome_parent_done_2')}</p>
        </>
      )}
      <p>
        <a href={props.optionsUrl} data-testid="welcome-open-settings">{tr('welcome_open_settings')}</a>
      </p>
      <p class="hint">{tr('welcome_close_tab')}</p>
    </section>
  );
}
