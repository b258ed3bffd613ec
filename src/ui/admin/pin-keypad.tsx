// A large numeric keypad for PIN entry: 3×4 keys of at least 64 px, the digits shown as dots,
// and a spoken count of digits entered. A hardware keyboard works too (digits, Backspace,
// Enter). Used by the PIN gate and the setup wizard.
import { useEffect, useRef } from 'preact/hooks';
import { useStrings } from '../i18n';
import { AdminIcon } from './admin-icons';
import './pin-keypad.css';

export const PIN_MAX = 8;

interface PinKeypadProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  submitLabel: string;
  disabled?: boolean;
  /** Labels the keypad group, e.g. the heading of the step. */
  labelledBy: string;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function PinKeypad({
  value,
  onChange,
  onSubmit,
  submitLabel,
  disabled = false,
  labelledBy,
}: PinKeypadProps) {
  const s = useStrings();
  const press = (digit: string) => !disabled && value.length < PIN_MAX && onChange(value + digit);
  const erase = () => !disabled && onChange(value.slice(0, -1));
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys meant for another control (a text field, or Enter on the "back" button) are theirs.
      const target = e.target as HTMLElement | null;
      const elsewhere =
        target?.closest?.('input, textarea, select, a') ||
        (target?.closest?.('button') && !root.current?.contains(target));
      if (disabled || elsewhere) return;
      if (/^[0-9]$/.test(e.key)) press(e.key);
      else if (e.key === 'Backspace') erase();
      else if (e.key === 'Enter' && value.length >= 4) onSubmit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div class="pin-keypad" role="group" aria-labelledby={labelledBy} ref={root}>
      <div class="pin-keypad__dots" aria-hidden="true" data-testid="pin-dots">
        {Array.from({ length: Math.max(4, value.length) }, (_, i) => (
          <span key={i} class={`pin-keypad__dot ${i < value.length ? 'is-filled' : ''}`} />
        ))}
      </div>
      <p class="sr-only" aria-live="polite">
        {s.admin.pinEntered(value.length)}
      </p>
      <div class="pin-keypad__keys">
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            class="pin-keypad__key"
            disabled={disabled}
            onClick={() => press(d)}
          >
            {d}
          </button>
        ))}
        <button
          type="button"
          class="pin-keypad__key pin-keypad__key--small"
          disabled={disabled || value.length === 0}
          onClick={erase}
        >
          <AdminIcon name="backspace" /> <span>{s.admin.pinDelete}</span>
        </button>
        <button
          type="button"
          class="pin-keypad__key"
          disabled={disabled}
          onClick={() => press('0')}
        >
          0
        </button>
        <button
          type="button"
          class="pin-keypad__key pin-keypad__key--submit"
          disabled={disabled || value.length < 4}
          onClick={onSubmit}
        >
          {submitLabel}
        </button>
      </div>
    </div>
  );
}
