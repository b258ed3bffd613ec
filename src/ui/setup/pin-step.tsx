// Step 2: the admin PIN on the keypad, then once more to confirm; only a match is saved.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import { isValidPin } from '../../admin/pin-hash';
import { Outcome } from '../admin/outcome';
import { PinKeypad } from '../admin/pin-keypad';
import { useStrings } from '../i18n';

export function PinStep({ onNext }: { onNext: () => void }) {
  const services = useServices();
  const s = useStrings();
  const [first, setFirst] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!isValidPin(pin)) return setProblem(s.setup.pinTooShort);
    if (first === null) {
      setFirst(pin);
      setPin('');
      setProblem(null);
      return;
    }
    if (pin !== first) {
      setFirst(null);
      setPin('');
      return setProblem(s.setup.pinMismatch);
    }
    setSaving(true);
    try {
      await services.pin.set(pin);
      onNext();
    } catch {
      setProblem(s.admin.saveFailed);
      setSaving(false);
    }
  };

  return (
    <section class="setup__step" aria-labelledby="setup-step-title">
      <h2 id="setup-step-title">{first === null ? s.setup.pinTitle : s.setup.pinRepeatTitle}</h2>
      {first === null && <p class="ad-note">{s.setup.pinExplain}</p>}
      {problem && <Outcome ok={false}>{problem}</Outcome>}
      {saving && <p role="status">{s.setup.pinSaving}</p>}
      <PinKeypad
        value={pin}
        onChange={setPin}
        onSubmit={() => void submit()}
        submitLabel={s.setup.next}
        disabled={saving}
        labelledBy="setup-step-title"
      />
    </section>
  );
}
