// "Data on this device": the kiosk's version, whether the browser promised to keep the data
// (and asking again), the space used, entries that exist only here, the last backup; then
// making a backup file and restoring one. Behind the admin PIN, like every setting.
import { useState } from 'preact/hooks';
import { formatDateTime } from '../admin/format';
import { AdminIcon } from '../admin/admin-icons';
import { MakeBackup } from '../backup/make-backup';
import { RestoreBackup } from '../backup/restore-backup';
import { useStrings } from '../i18n';
import { useServices } from '../services-context';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function DataSafety() {
  const services = useServices();
  const s = useStrings();
  const { storage, release } = services;
  const state = storage.state.value;
  const estimate = storage.estimate.value;
  const localOnly = storage.localOnly.value;
  const language = services.settings.current.value.language;
  const [asking, setAsking] = useState(false);

  const persistence = state?.persistence ?? null;
  const persistenceText =
    persistence === 'persisted'
      ? s.data.persisted
      : persistence === 'unsupported' || persistence === null
        ? s.data.unsupported
        : s.data.notPersisted;

  return (
    <section class="ad-card" aria-labelledby="data-title">
      <h3 id="data-title">{s.data.title}</h3>
      <dl class="ad-facts">
        <dt>{s.data.version}</dt>
        <dd data-testid="app-version">
          {s.data.versionValue(release.appVersion, release.schemaVersion)}
        </dd>
        <dt>{s.data.persistence}</dt>
        <dd data-testid="storage-persistence" data-persistence={persistence ?? 'unknown'}>
          {persistenceText}
        </dd>
        {estimate && (
          <>
            <dt>{s.data.usage}</dt>
            <dd>{s.data.usageValue(megabytes(estimate.usage), megabytes(estimate.quota))}</dd>
          </>
        )}
        <dt>{s.data.localOnlyLabel}</dt>
        <dd data-testid="storage-local-only">{s.data.localOnlyValue(localOnly.count)}</dd>
        <dt>{s.data.lastBackup}</dt>
        <dd data-testid="storage-last-backup">
          {state?.lastBackupAt ? formatDateTime(state.lastBackupAt, language) : s.data.never}
        </dd>
      </dl>
      {persistence === 'not-persisted' && (
        <button
          type="button"
          class="btn"
          disabled={asking}
          onClick={() => {
            setAsking(true);
            void storage.askPersistence().finally(() => setAsking(false));
          }}
        >
          <AdminIcon name="refresh" /> {s.data.askAgain}
        </button>
      )}
      <h4>{s.data.backupTitle}</h4>
      <p class="ad-note">{s.data.backupExplain}</p>
      <MakeBackup />
      <RestoreBackup onRestored={() => location.reload()} />
    </section>
  );
}
