// Starting the kiosk: open the database (which asks for persistent storage), pick the Ed25519
// back end, compose the services over the store and start them.
import { createVerifier } from '../core';
import { createStore, openKioskDb } from '../store';
import { createKiosk } from './create-kiosk';
import type { KioskServices } from './services';

export async function startKiosk(
  options: { onBusy?: (busy: boolean) => void } = {},
): Promise<KioskServices> {
  const [db, verifier] = await Promise.all([openKioskDb(), createVerifier('auto')]);
  const kiosk = createKiosk({ store: createStore(db), verifier, ...options });
  try {
    await kiosk.start();
  } catch (e) {
    kiosk.dispose(); // the screen says it could not start; nothing keeps running behind it
    throw e;
  }
  return kiosk;
}
