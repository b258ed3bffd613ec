// The sync server this kiosk reports to, how the last attempts went (in words), when it tries
// again, entries the server refused (kept on the device), and "send now". A standalone kiosk
// says so instead.
import { useState } from 'preact/hooks';
import type { SyncError } from '../../model';
import { formatDateTime } from '../admin/format';
import { Outcome } from '../admin/outcome';
import { type Strings, useStrings } from '../i18n';
import { AdminIcon } from '../admin/admin-icons';
import { useServices } from '../services-context';

function SyncErrorText({ error, strings: s }: { error: SyncError; strings: Strings }) {
  return (
    <>
      {s.settings.syncErrors[error.code]}
      {error.detail && (
        <details class="ad-detail">
          <summary>{s.settings.syncErrorDetail}</summary>
          <code>{error.detail}</code>
        </details>
      )}
    </>
  );
}

export function SyncInfo() {
  const services = useServices();
  const s = useStrings();
  const { language, syncServer } = services.settings.current.value;
  const device = services.setup.device.value;
  const sync = services.sync.status.value;
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
        <dd data-testid="sync-pending">{services.counters.current.value.pending}</dd>
        {sync.lastError && (
          <>
            <dt>{s.settings.syncLastError}</dt>
            <dd data-testid="sync-last-error">
              <SyncErrorText error={sync.lastError} strings={s} />
              {sync.consecutiveFailures > 1 &&
                ` (${s.settings.syncFailures(sync.consecutiveFailures)})`}
            </dd>
          </>
        )}
        {sync.nextAttemptAt !== null && (
          <>
            <dt>{s.settings.syncNextAttempt}</dt>
            <dd data-testid="sync-next-attempt">{when(sync.nextAttemptAt)}</dd>
          </>
        )}
        {sync.setAside > 0 && (
          <>
            <dt>{s.settings.syncSetAside}</dt>
            <dd data-testid="sync-set-aside">
              {sync.setAside}. {s.settings.syncSetAsideNote}
            </dd>
          </>
        )}
      </dl>
      {!sync.online && <p class="ad-note">{s.settings.syncOffline}</p>}
      <button
        type="button"
        class="btn btn--primary"
        disabled={sync.running}
        onClick={() => {
          setAsked(true);
          void services.sync.syncNow();
        }}
      >
        <AdminIcon name="refresh" /> {sync.running ? s.settings.syncRunning : s.settings.syncNow}
      </button>
      {asked &&
        !sync.running &&
        (sync.lastError ? (
          <Outcome ok={false}>
            <SyncErrorText error={sync.lastError} strings={s} />
          </Outcome>
        ) : (
          <Outcome ok>{s.settings.syncDone}</Outcome>
        ))}
    </section>
  );
}
