// Where a new version or offline readiness is announced: "Update available — apply" with a
// button (the controller also applies it by itself at a quiet moment), and once, after the
// first install, "Ready to work offline", which goes away after a few seconds. It sits in the
// page flow: each screen places it under its top bar.
import { useEffect } from 'preact/hooks';
import { useStrings } from './i18n';
import { updateController } from '../pwa/update-controller';
import { AdminIcon } from './admin/admin-icons';
import './update-banner.css';

const OFFLINE_NOTE_MS = 8000;

export function UpdateBanner() {
  const s = useStrings();
  const ready = updateController.updateReady.value;
  const applying = updateController.applying.value;
  const offline = updateController.offlineReady.value;
  const older = updateController.olderWaiting.value;

  useEffect(() => {
    if (!offline) return;
    const timer = setTimeout(() => updateController.dismissOfflineReady(), OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offline]);

  return (
    <div class="update-banner__region" role="status" aria-live="polite">
      {ready && (
        <div class="update-banner" data-testid="update-banner">
          <AdminIcon name="refresh" size={28} />
          <p class="update-banner__text">
            <strong>{s.update.available}</strong> {s.update.availableAuto}
          </p>
          <button
            type="button"
            class="btn btn--primary"
            disabled={applying}
            onClick={() => updateController.apply()}
            data-testid="update-apply"
          >
            {applying ? s.update.applying : s.update.apply}
          </button>
        </div>
      )}
      {older && !ready && (
        <div class="update-banner update-banner--info" data-testid="older-build-offered">
          <AdminIcon name="alert" size={28} />
          <p class="update-banner__text">{s.data.olderOffered(older.appVersion)}</p>
        </div>
      )}
      {offline && !ready && (
        <div class="update-banner update-banner--info" data-testid="offline-ready">
          <AdminIcon name="check" size={28} />
          <p class="update-banner__text">{s.update.offlineReady}</p>
          <button type="button" class="btn" onClick={() => updateController.dismissOfflineReady()}>
            {s.update.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
