// At the top of the setup wizard when the kiosk's data vanished (the browser evicted it): what
// the device was, how many entries were then only on it (lost unless a backup has them), and,
// once enrolled again, how many of the old device's entries the server still holds.
import { useEffect, useState } from 'preact/hooks';
import type { InstallTrace } from '../../model';
import { formatDateTime } from '../admin/format';
import { useStrings } from '../i18n';
import { useServices } from '../services-context';

type Held = { kind: 'asking' } | { kind: 'held'; entries: number } | { kind: 'unknown' };

function ServerHeld({ lost }: { lost: InstallTrace & { deviceId: string } }) {
  const services = useServices();
  const s = useStrings();
  const enrolled = services.setup.device.value;
  const [held, setHeld] = useState<Held>({ kind: 'asking' });
  useEffect(() => {
    if (!enrolled) return;
    let live = true;
    services.sync.heldCount(lost.deviceId).then(
      (answer) =>
        live && setHeld(answer ? { kind: 'held', entries: answer.entries } : { kind: 'unknown' }),
      () => live && setHeld({ kind: 'unknown' }),
    );
    return () => {
      live = false;
    };
  }, [services, enrolled, lost.deviceId]);

  if (!enrolled) return <p>{s.data.wipeServerAfterEnroll}</p>;
  return (
    <p data-testid="wipe-server-held" role="status">
      {held.kind === 'asking'
        ? s.data.wipeServerAsking
        : held.kind === 'held'
          ? s.data.wipeServerHeld(held.entries)
          : s.data.wipeServerUnknown}
    </p>
  );
}

export function WipeNotice() {
  const services = useServices();
  const s = useStrings();
  const lost = services.storage.state.value?.lostInstall;
  if (!lost) return null;
  const language = services.settings.current.value.language;
  return (
    <section class="ad-card wipe-notice" role="alert" data-testid="wipe-notice">
      <h2>{s.data.wipeTitle}</h2>
      <p>{s.data.wipeText(lost.venueName, formatDateTime(lost.updatedAt, language))}</p>
      <p data-testid="wipe-local-only">
        <strong>{s.data.wipeLocalOnly(lost.localOnly)}</strong>
      </p>
      <p>{s.data.wipeRestoreHint}</p>
      {lost.deviceId !== null && <ServerHeld lost={{ ...lost, deviceId: lost.deviceId }} />}
    </section>
  );
}
