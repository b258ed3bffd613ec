// The IndexedDB layout of the kiosk: its stores, indexes and records. How each older layout is
// brought up to date is upgrade.ts.
import type { DBSchema, IDBPDatabase } from 'idb';
import type {
  DeviceIdentity,
  Direction,
  Entry,
  HeldBundle,
  PassKey,
  PendingEnrollment,
  PinLock,
  Settings,
  StorageState,
  SyncState,
} from '../model';

/**
 * An entry as stored: the `Entry` plus `pendingAt`, the entry's `at` while it waits to sync,
 * absent once the server has it. IndexedDB leaves a record out of an index when the key is
 * missing (or null, which is not a valid key), so the `outbox` index holds exactly the unsynced
 * entries, oldest first, and listing them costs what is pending, not what is stored.
 */
export interface EntryRecord extends Entry {
  pendingAt?: number;
}

/** Out-of-line key of the single-record stores. */
export const CURRENT = 'current';

/** The held bundle and the last refusal are stored apart: a refusal may come before any bundle. */
export interface BundleRecord {
  held: Omit<HeldBundle, 'lastRefusal'> | null;
  lastRefusal: HeldBundle['lastRefusal'];
}

export interface KioskSchema extends DBSchema {
  /** `passId` is a keyed pseudonym (`p1:…`) from version 4 on, never a raw identity. */
  entries: {
    key: string;
    value: EntryRecord;
    indexes: {
      /** Time order; the id breaks ties so a scan can resume exactly after the last record. */
      'by-time': [number, string];
      /** Sparse: unsynced entries only (see `pendingAt`). */
      outbox: number;
      /** Duplicate look-up. Entries with no passId are not in it (null is not a key). */
      'by-pass': [string, Direction, number];
    };
  };
  /** Maintained counts (see tallies.ts): a 15-minute bucket number → counts per slot. */
  tallies: { key: number | string; value: number[] };
  settings: { key: string; value: Partial<Settings> };
  bundle: { key: string; value: BundleRecord };
  /** The identity under CURRENT; an enrollment under way under its own key (pending-enrollment.ts). */
  device: { key: string; value: DeviceIdentity | PendingEnrollment };
  /** Versions before typed sync errors stored `lastError` as a sentence (read as 'unknown'). */
  syncState: {
    key: string;
    value: Omit<SyncState, 'lastError'> & { lastError: SyncState['lastError'] | string };
  };
  pinLock: { key: string; value: PinLock };
  /** Version 3: how safe the data is (persistence, last backup, a wipe found at start). */
  storage: { key: string; value: StorageState };
  /** Version 4: the key of the pass pseudonyms under CURRENT (pass-key.ts). */
  passKey: { key: string; value: PassKey };
}

export type KioskDb = IDBPDatabase<KioskSchema>;
