// The kiosk window's entry point: the session (one kiosk window; the data opened, or why
// not), the screens, and the service worker, which holds any update while a scan is being
// checked, its verdict or a dialog is on screen.
import { render } from 'preact';
import { createWindowSession } from './app/start';
import { registerServiceWorker } from './pwa/service-worker';
import { updateController } from './pwa/update-controller';
import { App } from './ui/app';
import './ui/styles.css';

const session = createWindowSession({ onBusy: (busy) => updateController.setBusy(busy) });
render(<App session={session} />, document.getElementById('app')!);
session.begin();
registerServiceWorker();
