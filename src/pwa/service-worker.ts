// Registers the service worker through workbox-window and hands it to the update controller.
// Only in production builds: the dev server serves modules the precache would not know about.
import { effect } from '@preact/signals';
import { Workbox } from 'workbox-window';
import { scanBusy } from '../ui/kiosk/scan-busy';
import { updateController } from './update-controller';

export function registerServiceWorker(): Workbox | null {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const wb = new Workbox('./sw.js', { scope: './' });
  updateController.attach(wb);
  // A verdict on screen holds any update back (the kiosk screen sets scanBusy).
  effect(() => updateController.setBusy(scanBusy.value));
  void wb.register();
  return wb;
}
