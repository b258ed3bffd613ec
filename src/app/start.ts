// Starting the kiosk: open the database (which asks for persistent storage), pick the Ed25519
// back end, and build the services over the store and the sync client.
import { createVerifier } from '../core';
import { pinPort } from '../admin';
import { openKioskDb } from '../store';
import { createKioskServices } from './kiosk-services';
import type { SyncPort } from './ports';
import type { KioskServices } from './services';
import { storePort } from './store-port';

export interface StartOptions {
  /** A different database, for tests. */
  dbName?: string;
  sync: (store: ReturnType<typeof storePort>) => SyncPort;
}

export async function startKiosk(options: StartOptions): Promise<KioskServices> {
  const [db, verifier] = await Promise.all([openKioskDb(options.dbName), createVerifier('auto')]);
  const store = storePort(db);
  return createKioskServices({ store, sync: options.sync(store), pin: pinPort, verifier });
}
