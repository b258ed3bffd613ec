// The kiosk window's entry point: the services, the screens, and the service worker, which
// holds any update while a scan is being checked or its verdict is on screen.
import { render } from 'preact';
import { startKiosk } from './app/start';
import { registerServiceWorker } from './pwa/service-worker';
import { updateController } from './pwa/update-controller';
import { App } from './ui/app';
import './ui/styles.css';

const start = () => startKiosk({ onBusy: (busy) => updateController.setBusy(busy) });
render(<App start={start} />, document.getElementById('app')!);
registerServiceWorker();
