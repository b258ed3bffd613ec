// The real store on fake-indexeddb, for the tests of everything above it (services, sync,
// drills): one database per call, under a name nothing else uses, deleted when done. The
// store's own suite also runs in Chromium; these tests trust it and run in Node.
import 'fake-indexeddb/auto';
import type { Entry } from '../../src/model';
import { createStore, deleteKioskDb, openKioskDb, type KioskStore } from '../../src/store';

export interface TestStore extends KioskStore {
  /** Closes and deletes the database. */
  remove(): Promise<void>;
}

export async function openTestStore(): Promise<TestStore> {
  const name = `kiosk-test-${crypto.randomUUID()}`;
  const db = await openKioskDb(name, { persist: false });
  return Object.assign(createStore(db), { remove: () => deleteKioskDb(name, db) });
}

/** Every entry stored, oldest first. */
export async function storedEntries(store: KioskStore): Promise<Entry[]> {
  const records = await store.db.getAllFromIndex('entries', 'by-time');
  return records.map(({ pendingAt: _pending, ...entry }) => entry);
}
