// Registers the service worker through workbox-window and hands it to the update controller.
// Only in production builds: the dev server serves modules the precache would not know about.
// The screens tell the controller when they are busy (`updateController.setBusy`, wired in
// main.tsx); nothing here knows about them.
import { Workbox } from 'workbox-window';
import { updateController } from './update-controller';

export function registerServiceWorker(): Workbox | null {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const wb = new Workbox('./sw.js', { scope: './' });
  updateController.attach(wb);
  void wb.register();
  return wb;
}
