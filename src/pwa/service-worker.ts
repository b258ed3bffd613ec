// Registers the service worker through workbox-window and hands it to the update controller.
// Only in production builds: the dev server serves modules the precache would not know about.
// The screens tell the controller when they are busy (`updateController.setBusy`, wired in
// main.tsx); nothing here knows about them.
import { Workbox } from 'workbox-window';
import { updateController, type WorkerVersion } from './update-controller';

/** A worker of this release or later answers at once; builds before 0.2.0 never answer. */
const VERSION_ANSWER_MS = 3000;

/** Asks the registration's waiting worker what it is (src/sw/sw.ts answers GET_VERSION). */
async function waitingVersion(): Promise<WorkerVersion | null> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) return null;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), VERSION_ANSWER_MS);
    channel.port1.onmessage = (e: MessageEvent<Partial<WorkerVersion> | null>) => {
      clearTimeout(timer);
      const { appVersion, schemaVersion } = e.data ?? {};
      resolve(
        typeof appVersion === 'string' && Number.isSafeInteger(schemaVersion)
          ? { appVersion, schemaVersion: schemaVersion! }
          : null,
      );
    };
    waiting.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
  });
}

export function registerServiceWorker(): Workbox | null {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const wb = new Workbox('./sw.js', { scope: './' });
  updateController.attach({
    addEventListener: (type, listener) => wb.addEventListener(type, listener),
    messageSkipWaiting: () => wb.messageSkipWaiting(),
    update: () => wb.update(),
    waitingVersion,
  });
  void wb.register();
  return wb;
}
