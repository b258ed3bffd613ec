// A whole-number setting typed on the numeric keyboard, saved when the field is left or Enter
// is pressed, and refused with a plain message when out of range. `optional` allows empty
// (saved as null), for "no limit"; `allowed` narrows the range further (with its own message).
import { useEffect, useState } from 'preact/hooks';
import { useStrings } from '../i18n';

interface NumberSettingProps {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  optional?: boolean;
  /** A further rule inside [min, max], with the message that says it. */
  allowed?: { test: (n: number) => boolean; message: string };
  onSave: (value: number | null) => void;
}

export function NumberSetting({
  id,
  label,
  value,
  min,
  max,
  optional = false,
  allowed,
  onSave,
}: NumberSettingProps) {
  const s = useStrings();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [invalid, setInvalid] = useState<string | null>(null);
  useEffect(() => setText(value === null ? '' : String(value)), [value]);

  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '' && optional) {
      setInvalid(null);
      if (value !== null) onSave(null);
      return;
    }
    const n = /^[0-9]{1,9}$/.test(trimmed) ? Number(trimmed) : NaN;
    if (!(n >= min && n <= max)) return setInvalid(s.settings.numberInvalid(min, max));
    if (allowed && !allowed.test(n)) return setInvalid(allowed.message);
    setInvalid(null);
    if (n !== value) onSave(n);
  };

  return (
    <div class="ad-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autocomplete="off"
        value={text}
        aria-invalid={invalid !== null}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && (
        <p id={`${id}-error`} class="ad-error" role="alert">
          {invalid}
        </p>
      )}
    </div>
  );
}
