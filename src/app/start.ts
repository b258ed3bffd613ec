// Starting the kiosk: open the database (which asks for persistent storage), pick the Ed25519
// back end, and build the services over the store and the sync client.
import { createVerifier } from '../core';
import { pinPort } from '../admin';
import { openKioskDb } from '../store';
import { createKioskServices } from './kiosk-services';
import type { KioskServices } from './services';
import { storePort } from './store-port';
import { httpSync } from './sync-wiring';

export async function startKiosk(): Promise<KioskServices> {
  const [db, verifier] = await Promise.all([openKioskDb(), createVerifier('auto')]);
  const store = storePort(db);
  const sync = httpSync(store, await store.getSyncState());
  return createKioskServices({
    store,
    sync: sync.port,
    syncStatus: sync.status,
    pin: pinPort,
    verifier,
  });
}
