// One labelled PIN box: hidden digits, numeric keyboard on touch screens.
import type { JSX } from 'preact';

interface PinFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  testId: string;
  autoComplete: 'off' | 'new-password';
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  /** Extra content after the field on the same row (a submit button). */
  children?: JSX.Element;
}

export function PinField(props: PinFieldProps) {
  return (
    <div class="row">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        inputMode="numeric"
        autoComplete={props.autoComplete}
        value={props.value}
        disabled={props.disabled}
        autoFocus={props.autoFocus}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? 'true' : undefined}
        data-testid={props.testId}
        onInput={(e) => props.onValue((e.target as HTMLInputElement).value)}
      />
      {props.children}
    </div>
  );
}
