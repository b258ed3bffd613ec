// The kiosk window's entry point.
import { render } from 'preact';
import { startKiosk } from './app/start';
import { registerServiceWorker } from './pwa/service-worker';
import { App } from './ui/app';
import './ui/styles.css';

render(<App start={startKiosk} />, document.getElementById('app')!);
registerServiceWorker();
