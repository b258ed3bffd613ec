// Changing the admin PIN (already behind the PIN gate): the new PIN twice, 4–8 digits.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import { isValidPin } from '../../admin/pin-hash';
import { Outcome } from '../admin/outcome';
import { useStrings } from '../i18n';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'invalid' }
  | { kind: 'mismatch' }
  | { kind: 'changed' }
  | { kind: 'failed' };

export function ChangePin() {
  const services = useServices();
  const s = useStrings();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!isValidPin(pin)) return setState({ kind: 'invalid' });
    if (pin !== again) return setState({ kind: 'mismatch' });
    setState({ kind: 'busy' });
    try {
      await services.pin.set(pin);
      setPin('');
      setAgain('');
      setState({ kind: 'changed' });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div class="ad-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={8}
        autocomplete="new-password"
        value={value}
        onInput={(e) => set((e.target as HTMLInputElement).value.replace(/\D/g, ''))}
      />
    </div>
  );

  return (
    <section class="ad-card" aria-labelledby="change-pin-title">
      <h3 id="change-pin-title">{s.settings.pinTitle}</h3>
      <form onSubmit={(e) => void submit(e)}>
        {field('pin-new', s.settings.pinNew, pin, setPin)}
        {field('pin-again', s.settings.pinRepeat, again, setAgain)}
        <button
          type="submit"
          class="btn btn--primary"
          disabled={state.kind === 'busy' || !pin || !again}
        >
          {s.settings.pinSave}
        </button>
      </form>
      {state.kind === 'invalid' && <Outcome ok={false}>{s.settings.pinInvalid}</Outcome>}
      {state.kind === 'mismatch' && <Outcome ok={false}>{s.settings.pinMismatch}</Outcome>}
      {state.kind === 'changed' && <Outcome ok>{s.settings.pinChanged}</Outcome>}
      {state.kind === 'failed' && <Outcome ok={false}>{s.admin.saveFailed}</Outcome>}
    </section>
  );
}
