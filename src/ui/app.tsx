// The root: the services once they are ready, then the setup wizard on first run, the
// kiosk screen, or the admin screen. A failure to start is shown, never a blank page.
import { useEffect, useState } from 'preact/hooks';
import { ServicesContext } from './services-context';
import type { KioskServices } from '../app/services';
import { lazy, Suspense } from 'preact/compat';
import { stringsFor } from './i18n';
import { KioskScreen } from './kiosk/kiosk-screen';

// The admin and set-up screens are not needed to scan: they load on first use, so the
// kiosk starts with less JavaScript. The service worker precaches them for offline use.
const AdminScreen = lazy(() =>
  import('./admin/admin-screen').then((m) => ({ default: m.AdminScreen })),
);
const SetupWizard = lazy(() =>
  import('./setup/setup-wizard').then((m) => ({ default: m.SetupWizard })),
);

export function App({ start }: { start: () => Promise<KioskServices> }) {
  const [services, setServices] = useState<KioskServices | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [screen, setScreen] = useState<'kiosk' | 'admin'>('kiosk');
  useEffect(() => {
    start().then(setServices, (e: unknown) => setFailure(String((e as Error)?.message ?? e)));
  }, [start]);

  if (failure) {
    const s = stringsFor('vi');
    return (
      <main class="shell" role="alert">
        <h1>{s.app.title}</h1>
        <p>Không khởi động được kiosk. The kiosk could not start.</p>
        <pre>{failure}</pre>
        <button type="button" class="btn btn--primary" onClick={() => location.reload()}>
          Thử lại / Retry
        </button>
      </main>
    );
  }
  if (!services) {
    return (
      <main class="shell" aria-busy="true">
        <p>{stringsFor('vi').app.starting}</p>
      </main>
    );
  }
  const language = services.settings.current.value.language;
  document.documentElement.lang = language;
  const loading = (
    <p class="shell">{stringsFor(services.settings.current.value.language).app.starting}</p>
  );
  return (
    <ServicesContext.Provider value={services}>
      <Suspense fallback={loading}>
        {!services.settings.current.value.setupDone ? (
          <SetupWizard
            onDone={() => setScreen('kiosk')}
            scan={() => import('./camera/scan-once').then((m) => m.scanOnce(language))}
          />
        ) : screen === 'kiosk' ? (
          <KioskScreen onOpenAdmin={() => setScreen('admin')} />
        ) : (
          <AdminScreen onClose={() => setScreen('kiosk')} />
        )}
      </Suspense>
    </ServicesContext.Provider>
  );
}
