// The last step: what trust the kiosk now holds. Setup is marked done here. With no bundle
// (enrolled, but the server sent none yet) the kiosk cannot admit anyone by itself: that is
// said plainly, with a retry, before the guard may start anyway.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import { formatDateTime } from '../admin/format';
import { useStrings } from '../i18n';
import { AdminIcon } from '../admin/admin-icons';

export function DoneStep({ onDone }: { onDone: () => void }) {
  const services = useServices();
  const s = useStrings();
  const trust = services.trust.held.value;
  const sync = services.sync.status.value;
  const [finishing, setFinishing] = useState(false);

  const finish = async () => {
    setFinishing(true);
    // Set-up is when the browser is asked to keep the data (Firefox asks the user: not awaited).
    void services.storage.askPersistence().catch(() => undefined);
    try {
      await services.settings.save({ setupDone: true });
      onDone();
    } catch {
      setFinishing(false);
    }
  };

  return (
    <section class="setup__step" aria-labelledby="setup-step-title">
      <h2 id="setup-step-title">{s.setup.doneTitle}</h2>
      {trust ? (
        <p class="ad-outcome ad-outcome--ok" role="status" data-testid="setup-bundle">
          <AdminIcon name="check" />
          {s.setup.doneBundle(
            trust.bundle.seq,
            formatDateTime(trust.bundle.expiresAt, services.settings.current.value.language),
          )}
        </p>
      ) : (
        <>
          <p class="ad-outcome ad-outcome--bad" role="alert" data-testid="setup-no-bundle">
            <AdminIcon name="alert" />
            {s.setup.doneNoBundle}
          </p>
          <button
            type="button"
            class="btn"
            disabled={sync.running}
            onClick={() => void services.sync.syncNow()}
          >
            <AdminIcon name="refresh" /> {sync.running ? s.settings.syncRunning : s.setup.doneRetry}
          </button>
        </>
      )}
      <div class="setup__actions">
        <button
          type="button"
          class="btn btn--primary"
          disabled={finishing}
          onClick={() => void finish()}
          data-testid="setup-finish"
        >
          {trust ? s.setup.doneStart : s.setup.doneStartAnyway}
        </button>
      </div>
    </section>
  );
}
