// The kiosk window's entry point.
import { render } from 'preact';
import { registerServiceWorker } from './pwa/service-worker';
import { App } from './ui/app';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
