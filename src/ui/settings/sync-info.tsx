// The sync server this kiosk reports to, how the last attempts went, and "send now". A
// standalone kiosk says so instead.
import { useState } from 'preact/hooks';
import { useServices } from '../../app/context';
import { formatDateTime } from '../admin/format';
import { Outcome } from '../admin/outcome';
import { useStrings } from '../i18n';
import { AdminIcon } from '../admin/admin-icons';

export function SyncInfo() {
  const services = useServices();
  const s = useStrings();
  const { language, syncServer } = services.settings.value;
  const device = services.device.value;
  const sync = services.sync.value;
  const online = services.online.value;
  const [asked, setAsked] = useState(false);
  const when = (ms: number | null) =>
    ms === null ? s.settings.syncNever : formatDateTime(ms, language);

  if (!syncServer || !device) {
    return (
      <section class="ad-card" aria-labelledby="sync-title">
        <h3 id="sync-title">{s.settings.syncTitle}</h3>
        <p>{s.settings.syncStandalone}</p>
      </section>
    );
  }
  return (
    <section class="ad-card" aria-labelledby="sync-title">
      <h3 id="sync-title">{s.settings.syncTitle}</h3>
      <dl class="ad-facts">
        <dt>{s.settings.syncServer}</dt>
        <dd class="ad-mono">{syncServer}</dd>
        <dt>{s.settings.syncVenue}</dt>
        <dd>{device.venueName}</dd>
        <dt>{s.settings.syncDevice}</dt>
        <dd class="ad-mono">{device.deviceId}</dd>
        <dt>{s.settings.syncEnrolled}</dt>
        <dd>{when(device.enrolledAt)}</dd>
        <dt>{s.settings.syncLastSuccess}</dt>
        <dd data-testid="sync-last-success">{when(sync.lastSuccessAt)}</dd>
        <dt>{s.settings.syncLastAttempt}</dt>
        <dd>{when(sync.lastAttemptAt)}</dd>
        <dt>{s.settings.syncPending}</dt>
        <dd data-testid="sync-pending">{services.counters.value.pending}</dd>
        {sync.lastError && (
          <>
            <dt>{s.settings.syncLastError}</dt>
            <dd>
              {sync.lastError}
              {sync.consecutiveFailures > 1 &&
                ` (${s.settings.syncFailures(sync.consecutiveFailures)})`}
            </dd>
          </>
        )}
      </dl>
      {!online && <p class="ad-note">{s.settings.syncOffline}</p>}
      <button
        type="button"
        class="btn btn--primary"
        disabled={sync.running}
        onClick={() => {
          setAsked(true);
          void services.syncNow();
        }}
      >
        <AdminIcon name="refresh" /> {sync.running ? s.settings.syncRunning : s.settings.syncNow}
      </button>
      {asked &&
        !sync.running &&
        (sync.lastError ? (
          <Outcome ok={false}>{sync.lastError}</Outcome>
        ) : (
          <Outcome ok>{s.settings.syncDone}</Outcome>
        ))}
    </section>
  );
}
