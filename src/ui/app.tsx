// The root: while this window is not the running kiosk, the session's screen (starting,
// another window, updating, data newer than this build…); once it runs, the setup wizard on
// first run, the kiosk screen, or the admin screen. Never a blank page or a raw error.
import { useState } from 'preact/hooks';
import { ServicesContext } from './services-context';
import type { KioskServices } from '../app/services';
import type { KioskSession } from '../kiosk/kiosk-session';
import { lazyScreen } from './lazy-screen';
import { stringsFor } from './i18n';
import { KioskScreen } from './kiosk/kiosk-screen';
import { SessionScreen } from './session-screen';

// The admin and set-up screens are not needed to scan: they load on first use, so the
// kiosk starts with less JavaScript. The service worker precaches them for offline use.
const AdminScreen = lazyScreen(() => import('./admin/admin-screen').then((m) => m.AdminScreen));
const SetupWizard = lazyScreen(() => import('./setup/setup-wizard').then((m) => m.SetupWizard));

export function App({ session }: { session: KioskSession<KioskServices> }) {
  const phase = session.phase.value;
  if (phase.phase !== 'running') {
    return (
      <SessionScreen
        phase={phase}
        starting={stringsFor('vi').app.starting}
        onTakeOver={() => session.takeOver()}
        onRetry={() => location.reload()}
      />
    );
  }
  return <Running services={phase.services} />;
}

function Running({ services }: { services: KioskServices }) {
  const [screen, setScreen] = useState<'kiosk' | 'admin'>('kiosk');
  const language = services.settings.current.value.language;
  document.documentElement.lang = language;
  const loading = <p class="shell">{stringsFor(language).app.starting}</p>;
  return (
    <ServicesContext.Provider value={services}>
      {!services.settings.current.value.setupDone ? (
        <SetupWizard
          loading={loading}
          onDone={() => setScreen('kiosk')}
          scan={() => import('./camera/scan-once').then((m) => m.scanOnce(language))}
        />
      ) : screen === 'kiosk' ? (
        <KioskScreen onOpenAdmin={() => setScreen('admin')} />
      ) : (
        <AdminScreen loading={loading} onClose={() => setScreen('kiosk')} />
      )}
    </ServicesContext.Provider>
  );
}
