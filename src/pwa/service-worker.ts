// Registers the service worker through workbox-window. Only in production builds: the dev
// server serves modules the precache would not know about.
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): Workbox | null {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const wb = new Workbox('./sw.js', { scope: './' });
  void wb.register();
  return wb;
}
