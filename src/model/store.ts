// The kiosk's storage as the services see it: one object over the IndexedDB handle
// (src/store's `createStore`), in the single-seam style of idb-keyval. Services take the part
// they use (`Pick<Store, …>`); tests use the real one on fake-indexeddb.
import type { Direction, Entry, GuardDecision } from './entry';
import type { Counters, PurgeResult } from './counts';
import type { DeviceIdentity, PendingEnrollment } from './device';
import type { PinLock } from './pin';
import type { Settings } from './settings';
import type { SyncAck, SyncState } from './sync-state';
import type { HeldBundle } from './trust';
import type { KioskData, RestoreResult } from './kiosk-data';
import type { LocalOnly, StorageState } from './storage-state';
import type { PassKey } from './pass-key';

export interface Store {
  /** Commits one entry (flushed to disk) or rejects with StoreError. */
  addEntry(entry: Entry): Promise<void>;
  /** The guard's call on a review entry; resolves with the entry as stored. */
  setDecision(id: string, decision: Exclude<GuardDecision, null>): Promise<Entry | undefined>;
  /** The newest entry of a pass in [since, until], in one direction or (null) either. */
  lastEntryFor(
    passId: string,
    direction: Direction | null,
    since: number,
    until?: number,
  ): Promise<Entry | undefined>;

  /** A pass's entries in one direction with `at` in [since, until], newest first (a few). */
  recentEntriesFor(
    passId: string,
    direction: Direction,
    since: number,
    until: number,
  ): Promise<Entry[]>;
  /**
   * A raw pass identity (`qid:…`, `cccd:…`, `manual:…`, `dcc:…`) as the log keeps it: its keyed
   * pseudonym under the current pass key (a pseudonym is returned as it is).
   */
  pseudonymOf(passId: string): Promise<string>;
  /** The key of the pseudonyms; made (local) on first use. */
  getPassKey(): Promise<PassKey>;
  /** Takes the venue's secret into use; true when the key changed (pass-key.ts). */
  adoptVenueSecret(venueId: string, secret: string): Promise<boolean>;
  /** The entry with the latest scan time: a review a reload interrupted is this one. */
  newestEntry(): Promise<Entry | undefined>;

  /** Unsynced entries, oldest first, at most `limit`. */
  takeUnsynced(limit?: number): Promise<Entry[]>;
  /** Marks these synced unless their decision changed since; resolves with how many changed. */
  markSynced(acks: readonly SyncAck[], syncedAt?: number): Promise<number>;
  pendingCount(): Promise<number>;
  /** Entries in [dayStart, dayEnd), people inside that day, and everything pending. */
  counters(dayStart: number, dayEnd: number): Promise<Counters>;
  /** Deletes synced entries older than the retention; unsynced ones stay, however old. */
  purgeExpired(now: number, retentionDays: number): Promise<PurgeResult>;

  getSettings(): Promise<Settings>;
  /** Merges `patch` into the stored settings; resolves with the result. */
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  getHeldBundle(): Promise<HeldBundle | null>;
  /** False when refused as a step back to a lower seq. */
  putHeldBundle(held: HeldBundle): Promise<boolean>;
  recordBundleRefusal(code: string, at: number): Promise<void>;
  getDevice(): Promise<DeviceIdentity | null>;
  putDevice(device: DeviceIdentity): Promise<void>;
  getPendingEnrollment(): Promise<PendingEnrollment | null>;
  putPendingEnrollment(pending: PendingEnrollment): Promise<void>;
  clearPendingEnrollment(): Promise<void>;
  getSyncState(): Promise<SyncState>;
  putSyncState(state: SyncState): Promise<void>;
  getPinLock(): Promise<PinLock>;
  putPinLock(lock: PinLock): Promise<void>;

  /** The storage record; null on a database no kiosk has started on yet. */
  getStorageState(): Promise<StorageState | null>;
  putStorageState(state: StorageState): Promise<void>;
  /** Unsynced entries logged after `after`: on neither the server nor a backup made then. */
  localOnly(after: number): Promise<LocalOnly>;
  /** Everything a backup carries, read in one transaction. */
  readAll(): Promise<KioskData>;
  /**
   * Brings a backup in, all or nothing: entries the device lacks are added (those it has stay
   * as they are), the settings, bundle (unless older than the held one) and sync state are the
   * backup's, and its device identity is taken only when it carries its key and this device
   * has none (an enrolled device keeps its own).
   */
  restore(data: KioskData): Promise<RestoreResult>;
}
