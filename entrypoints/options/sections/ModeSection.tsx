// Who uses this computer: parent mode (settings and pause behind a PIN) or teen mode (the teen
// controls everything). Also where the parent changes the PIN.
import { useState } from 'preact/hooks';
import type { EffectiveSettings } from '@/lib/store/effective-settings';
import { removePin } from '@/lib/store/pin';
import { tr } from '../shared/page-i18n';
import { SetPinForm } from '../shared/SetPinForm';
import { updateLocalSettings } from '../shared/settings-state';

type Editing = 'none' | 'parent-pin' | 'change-pin' | 'confirm-teen';

export function ModeSection({ effective, onPinChanged }: { effective: EffectiveSettings; onPinChanged: () => void }) {
  const [editing, setEditing] = useState<Editing>('none');
  const [status, setStatus] = useState('');
  const mode = effective.local.mode;
  const done = (message: string) => {
    setEditing('none');
    setStatus(message);
    onPinChanged();
  };

  return (
    <section aria-labelledby="mode-title" data-testid="mode-section">
      <h2 id="mode-title">{tr('opt_mode_title')}</h2>
      <p data-testid="mode-current">
        {mode === 'parent' ? tr('opt_mode_parent') : mode === 'teen' ? tr('opt_mode_teen') : tr('opt_mode_unset')}
      </p>
      {editing === 'none' && (
        <div class="row">
          {mode !== 'parent' && (
            <button type="button" data-testid="mode-to-parent" onClick={() => setEditing('parent-pin')}>
              {tr('opt_mode_use_parent')}
            </button>
          )}
          {mode === 'parent' && (
            <button type="button" data-testid="change-pin" onClick={() => setEditing('change-pin')}>
              {tr('opt_mode_change_pin')}
            </button>
          )}
          {mode !== 'teen' && (
            <button type="button" class="secondary" data-testid="mode-to-teen" onClick={() => setEditing('confirm-teen')}>
              {tr('opt_mode_use_teen')}
            </button>
          )}
        </div>
      )}
      {(editing === 'parent-pin' || editing === 'change-pin') && (
        <div>
          <h3>{editing === 'parent-pin' ? tr('opt_mode_set_pin') : tr('opt_mode_change_pin')}</h3>
          <SetPinForm
            submitLabel={tr('opt_mode_save_pin')}
            onDone={async () => {
              await updateLocalSettings({ mode: 'parent' });
              done(tr('opt_mode_pin_saved'));
            }}
          />
          <button type="button" class="secondary" onClick={() => setEditing('none')}>{tr('opt_cancel')}</button>
        </div>
      )}
      {editing === 'confirm-teen' && (
        <div role="group" aria-labelledby="teen-confirm">
          <p id="teen-confirm">{mode === 'parent' ? tr('opt_mode_teen_confirm_parent') : tr('opt_mode_teen_confirm')}</p>
          <div class="row">
            <button
              type="button"
              data-testid="mode-to-teen-confirm"
              onClick={async () => {
                await removePin();
                await updateLocalSettings({ mode: 'teen' });
                done(tr('opt_mode_teen_saved'));
              }}
            >
              {tr('opt_mode_use_teen')}
            </button>
            <button type="button" class="secondary" onClick={() => setEditing('none')}>{tr('opt_cancel')}</button>
          </div>
        </div>
      )}
      <p role="status" class="success">{status}</p>
    </section>
  );
}
