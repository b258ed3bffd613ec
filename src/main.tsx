// The kiosk window's entry point.
import { render } from 'preact';
import { startKiosk } from './app/start';
import type { SyncPort } from './app/ports';
import { registerServiceWorker } from './pwa/service-worker';
import { App } from './ui/app';
import './ui/styles.css';

// Until the sync client is wired, the kiosk runs standalone.
const standalone: SyncPort = {
  enroll: async () => ({ ok: false, reason: 'network' }),
  uploadPending: async () => {},
  refreshBundle: async () => {},
};

render(<App start={() => startKiosk({ sync: () => standalone })} />, document.getElementById('app')!);
registerServiceWorker();
