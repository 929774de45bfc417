// Choosing a new parent PIN: typed twice, digits only, stored as a salted hash.
import { useId, useState } from 'preact/hooks';
import { checkNewPin, PIN_MAX_LENGTH, PIN_MIN_LENGTH, setPin } from '@/lib/store/pin';
import { tr } from './page-i18n';
import { PinField } from './PinField';

export function SetPinForm(props: { submitLabel: string; onDone: () => void | Promise<void> }) {
  const id = useId();
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = checkNewPin(pin);
    if (problem) return setError(tr(`pin_problem_${problem.replace('-', '_')}`, [String(PIN_MIN_LENGTH), String(PIN_MAX_LENGTH)]));
    if (pin !== again) return setError(tr('pin_problem_mismatch'));
    setError('');
    setBusy(true);
    try {
      await setPin(pin);
      await props.onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} data-testid="set-pin-form" noValidate>
      <p class="hint" id={`${id}-rule`}>{tr('pin_rule', [String(PIN_MIN_LENGTH), String(PIN_MAX_LENGTH)])}</p>
      <PinField
        id={`${id}-new`}
        label={tr('pin_new_label')}
        value={pin}
        onValue={setPinValue}
        testId="pin-new"
        autoComplete="new-password"
        describedBy={`${id}-rule ${id}-error`}
        invalid={!!error}
      />
      <PinField id={`${id}-again`} label={tr('pin_again_label')} value={again} onValue={setAgain} testId="pin-again" autoComplete="new-password" describedBy={`${id}-error`} />
      <p id={`${id}-error`} role="alert" class="error" data-testid="set-pin-error">{error}</p>
      <p class="hint">{tr('pin_forgotten')}</p>
      <button type="submit" disabled={busy} data-testid="set-pin-submit">{props.submitLabel}</button>
    </form>
  );
}
