// The data this extension keeps: how long, deleting it all, and settings to and from a file.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { applyRetention, deleteAllData } from '@/lib/store/activity';
import { isFieldLocked, type EffectiveSettings } from '@/lib/store/effective-settings';
import { NotAloneDb } from '@/lib/store/event-log';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '@/lib/store/settings';
import { exportFileName, exportSettings, parseSettingsFile, type ImportError } from '@/lib/store/settings-file';
import { tr } from '../shared/page-i18n';
import { updateLocalSettings } from '../shared/settings-state';
import { lockedProps, setByText } from './policy-lock';

function importErrorText(error: ImportError): string {
  switch (error.code) {
    case 'newer-version':
      return tr('opt_import_newer');
    case 'unknown-field':
      return tr('opt_import_unknown_field', error.field);
    case 'invalid-field':
      return tr('opt_import_invalid_field', tr(`opt_field_${error.field}`));
    default:
      return tr(`opt_import_${error.code.replace('-', '_')}`);
  }
}

export function DataSection({ effective }: { effective: EffectiveSettings }) {
  return (
    <section aria-labelledby="data-title" data-testid="data-section">
      <h2 id="data-title">{tr('opt_data_title')}</h2>
      <p class="hint">{tr('opt_data_intro')}</p>
      <Retention effective={effective} />
      <SettingsFile effective={effective} />
      <DeleteAll />
    </section>
  );
}

function Retention({ effective }: { effective: EffectiveSettings }) {
  const id = useId();
  const { settings, policy } = effective;
  const locked = isFieldLocked(policy, 'retentionDays');
  const [value, setValue] = useState(String(settings.retentionDays));
  const [message, setMessage] = useState('');
  const [error, setError] = useState(false);
  // Follow changes made elsewhere (an import, another tab).
  useEffect(() => setValue(String(settings.retentionDays)), [settings.retentionDays]);
  const save = async (event: Event) => {
    event.preventDefault();
    const days = Number(value);
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      setError(true);
      return setMessage(tr('opt_retention_invalid', [String(MIN_RETENTION_DAYS), String(MAX_RETENTION_DAYS)]));
    }
    // Pruned here first, so the count can be shown; the worker prunes again on the change.
    const db = new NotAloneDb();
    const removed = await applyRetention(db, days).finally(() => db.close());
    await updateLocalSettings({ retentionDays: days });
    setError(false);
    setMessage(tr('opt_retention_saved', [String(days), String(removed)]));
  };
  return (
    <form onSubmit={save} noValidate>
      <h3>{tr('opt_retention_title')}</h3>
      <div class="row">
        <label for={id}>{tr('opt_retention_label')}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          value={locked ? String(settings.retentionDays) : value}
          data-testid="retention-days"
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          {...lockedProps(locked, `${id}-reason`, `${id}-msg`)}
        />
        <button type="submit" disabled={locked} data-testid="retention-save">{tr('opt_save')}</button>
      </div>
      {locked && <p id={`${id}-reason`} class="reason">{setByText(policy)}</p>}
      <p id={`${id}-msg`} role="status" class={error ? 'error' : 'success'} data-testid="retention-message">{message}</p>
    </form>
  );
}

function SettingsFile({ effective }: { effective: EffectiveSettings }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const locked = effective.policy.locked;

  const download = () => {
    const blob = new Blob([exportSettings(effective.local)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setErrors([]);
    setStatus(tr('opt_export_done'));
  };
  const load = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setStatus(tr('opt_import_rejected', file.name));
      return setErrors(result.errors.map(importErrorText));
    }
    await updateLocalSettings(result.settings);
    setErrors([]);
    setStatus(tr('opt_import_done', file.name));
  };

  return (
    <div>
      <h3>{tr('opt_file_title')}</h3>
      <p class="hint">{tr('opt_file_intro')}</p>
      <div class="row">
        <button type="button" class="secondary" onClick={download} data-testid="export-settings">{tr('opt_export')}</button>
        <label for={id}>{tr('opt_import_label')}</label>
        <input id={id} ref={fileInput} type="file" accept="application/json,.json" disabled={locked} data-testid="import-settings" onChange={() => void load()} />
      </div>
      <div role="status" aria-live="polite" data-testid="import-status">
        <p class={errors.length ? 'error' : 'success'}>{status}</p>
        {errors.length > 0 && (
          <ul data-testid="import-errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function DeleteAll() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const remove = async () => {
    const db = new NotAloneDb();
    await deleteAllData(db).finally(() => db.close());
    setConfirming(false);
    setStatus(tr('opt_delete_done'));
  };
  return (
    <div>
      <h3>{tr('opt_delete_title')}</h3>
      <p class="hint">{tr('opt_delete_intro')}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-confirm" class="notice warn">
          <p id="delete-confirm">{tr('opt_delete_confirm')}</p>
          <div class="row">
            <button type="button" class="danger" data-testid="delete-all-confirm" onClick={() => void remove()}>
              {tr('opt_delete_yes')}
            </button>
            {/* Focus lands on the safe choice: a second Enter must not delete everything. */}
            <button type="button" class="secondary" onClick={() => setConfirming(false)} autoFocus>
              {tr('opt_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger" data-testid="delete-all" onClick={() => setConfirming(true)}>{tr('opt_delete_button')}</button>
      )}
      <p role="status" class="success" data-testid="delete-status">{status}</p>
    </div>
  );
}
