// The door to the admin screens: the PIN on a keypad, checked by the service layer, which
// counts failures and locks. While locked the keypad is off and the time left counts down.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import { useStrings } from '../i18n';
import { PinKeypad } from './pin-keypad';
import { useCountdown } from './use-countdown';
import { AdminIcon } from './admin-icons';

type Failure = { kind: 'wrong'; attemptsLeft: number } | { kind: 'error' } | null;

export function PinGate({ onUnlock }: { onUnlock: () => void }) {
  const services = useServices();
  const s = useStrings();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  // Said once per attempt; the visible countdown below would be read every second.
  const [announcement, setAnnouncement] = useState('');
  const lockSeconds = useCountdown(lockedUntil);
  const locked = lockSeconds > 0;

  const submit = async () => {
    if (checking || locked) return;
    setChecking(true);
    try {
      const result = await services.pin.check(pin);
      if (result.ok) return onUnlock();
      setFailure({ kind: 'wrong', attemptsLeft: result.attemptsLeft });
      setLockedUntil(result.lockedUntil);
      const wait =
        result.lockedUntil === null ? 0 : Math.ceil((result.lockedUntil - Date.now()) / 1000);
      setAnnouncement(
        wait > 0
          ? s.admin.pinLocked(s.admin.duration(wait))
          : result.attemptsLeft > 0
            ? s.admin.pinWrong(result.attemptsLeft)
            : s.admin.pinWrongLocksNext,
      );
    } catch {
      setFailure({ kind: 'error' });
      setAnnouncement(s.admin.pinError);
    } finally {
      setPin('');
      setChecking(false);
    }
  };

  let message = '';
  if (locked) message = s.admin.pinLocked(s.admin.duration(lockSeconds));
  else if (failure?.kind === 'error') message = s.admin.pinError;
  else if (failure?.kind === 'wrong') {
    message =
      failure.attemptsLeft > 0 ? s.admin.pinWrong(failure.attemptsLeft) : s.admin.pinWrongLocksNext;
  }

  return (
    <section class="pin-gate" aria-labelledby="pin-gate-title">
      <h2 id="pin-gate-title">{s.admin.pinTitle}</h2>
      <p class={`pin-gate__message ${locked ? 'is-locked' : ''}`} data-testid="pin-message">
        {message && !checking && <AdminIcon name={locked ? 'lock' : 'alert'} />}
        {checking ? s.admin.pinChecking : message}
      </p>
      <PinKeypad
        value={pin}
        onChange={(v) => {
          setPin(v);
          if (!locked) setFailure(null);
        }}
        onSubmit={() => void submit()}
        submitLabel={s.admin.pinSubmit}
        disabled={checking || locked}
        labelledBy="pin-gate-title"
      />
      <p class="sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}
