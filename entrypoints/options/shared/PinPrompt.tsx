// Asks for the parent's PIN. Wrong attempts are counted in storage (lib/store/pin.ts); while a
// wait runs, the field is disabled and the time left is shown and announced.
import { useEffect, useId, useState } from 'preact/hooks';
import { pinLockedUntil, verifyPin } from '@/lib/store/pin';
import { tr } from './page-i18n';
import { PinField } from './PinField';

const TICK_MS = 1000;
/** Waits shorter than this are counted down in seconds, longer ones in minutes. */
const SECONDS_SHOWN_UNTIL = 120;

function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < SECONDS_SHOWN_UNTIL) return tr('pin_wait_seconds', String(seconds));
  return tr('pin_wait_minutes', String(Math.ceil(seconds / 60)));
}

export function PinPrompt(props: { title: string; submitLabel: string; onUnlock: () => void; showForgotten?: boolean }) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [lockedUntil, setLockedUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void pinLockedUntil().then(setLockedUntil);
  }, []);
  // A countdown only while a wait runs; it stops itself when the wait is over.
  useEffect(() => {
    if (lockedUntil <= Date.now()) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= lockedUntil) {
        setLockedUntil(0);
        setMessage('');
      }
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const locked = lockedUntil > now;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || locked) return;
    setBusy(true);
    const result = await verifyPin(pin);
    setBusy(false);
    setPin('');
    setNow(Date.now());
    if (result.ok) return props.onUnlock();
    if (result.reason === 'no-pin') return props.onUnlock();
    if (result.reason === 'locked' || result.lockedUntil) {
      setLockedUntil(result.lockedUntil);
      setMessage(result.reason === 'locked' ? tr('pin_locked') : tr('pin_wrong_wait'));
    } else {
      setMessage(tr('pin_wrong_tries', String(result.attemptsBeforeWait)));
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="pin-prompt">
      <h2 id={`${id}-title`}>{props.title}</h2>
      <PinField
        id={`${id}-pin`}
        label={tr('pin_label')}
        value={pin}
        onValue={setPin}
        testId="pin-input"
        autoComplete="off"
        describedBy={`${id}-msg`}
        disabled={locked}
        autoFocus
      >
        <button type="submit" disabled={locked || busy || !pin} data-testid="pin-submit">
          {busy ? tr('pin_checking') : props.submitLabel}
        </button>
      </PinField>
      <p id={`${id}-msg`} role="alert" class="error" data-testid="pin-message">
        {message}
        {locked ? ` ${waitText(lockedUntil - now)}` : ''}
      </p>
      {props.showForgotten !== false && <p class="hint">{tr('pin_forgotten')}</p>}
    </form>
  );
}
