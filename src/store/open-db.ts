// Opening the kiosk's database: the current schema, the browser asked to keep it, and a
// connection that steps aside when a newer version of the app needs to upgrade it. Data of a
// newer version than this build is refused (NewerDataError), never opened or changed.
import { deleteDB, openDB } from 'idb';
import type { KioskDb, KioskSchema } from './schema';
import { SCHEMA_VERSION, upgradeSchema } from './upgrade';
import { toStoreError } from './store-error';
import { NewerDataError, StoreError, type Persistence } from '../model';

export const KIOSK_DB_NAME = 'kiosk';

export interface OpenOptions {
  /** Ask the browser not to evict the data under storage pressure (default true). */
  persist?: boolean;
  /**
   * Called when this connection closes under the app: 'versionchange' when a newer app version
   * (another tab) upgrades the database, 'terminated' when the browser dropped it. Writes then
   * fail with StoreError('unavailable'); the app should reload.
   */
  onClose?: (reason: 'versionchange' | 'terminated') => void;
  /**
   * Called when the open waits for another connection (an older kiosk window) to close before
   * it can upgrade the database. The open goes on waiting; it resolves once that window lets go.
   */
  onBlocked?: () => void;
}

export async function openKioskDb(
  name = KIOSK_DB_NAME,
  options: OpenOptions = {},
): Promise<KioskDb> {
  if (typeof indexedDB === 'undefined')
    throw new StoreError('unavailable', 'IndexedDB is not available');
  // Not awaited: Firefox may ask the user, and the kiosk must not wait for an answer to start.
  if (options.persist ?? true) void requestPersistentStorage();
  let upgradeError: unknown;
  try {
    const db: KioskDb = await openDB<KioskSchema>(name, SCHEMA_VERSION, {
      upgrade(upgrading, oldVersion, newVersion, tx) {
        upgradeSchema(upgrading, oldVersion, newVersion ?? SCHEMA_VERSION, tx).catch(
          (e: unknown) => {
            upgradeError = e;
          },
        );
      },
      blocking() {
        db.close();
        options.onClose?.('versionchange');
      },
      terminated() {
        options.onClose?.('terminated');
      },
      blocked() {
        options.onBlocked?.();
      },
    });
    return db;
  } catch (e) {
    if (!upgradeError && (e as { name?: string } | null)?.name === 'VersionError')
      throw new NewerDataError(await storedVersion(name), SCHEMA_VERSION);
    throw toStoreError(upgradeError ?? e, 'unavailable');
  }
}

/** The version of database `name` on disk, where the browser can list its databases. */
export async function storedVersion(name = KIOSK_DB_NAME): Promise<number | null> {
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    return found?.version ?? null;
  } catch {
    return null;
  }
}

/** Closes the connection and deletes the database: tests, and a full reset of the kiosk. */
export async function deleteKioskDb(name = KIOSK_DB_NAME, db?: KioskDb): Promise<void> {
  db?.close();
  await deleteDB(name);
}

/**
 * Asks for persistent storage so the log is not evicted when the device runs low on space.
 * Browsers without the Storage API, or that refuse, leave the data "best effort".
 */
export async function requestPersistentStorage(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}
