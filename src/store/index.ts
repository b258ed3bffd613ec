// The kiosk's durable store: plain functions over an IndexedDB handle from `openKioskDb`, and
// `createStore`, the one object that binds them to a handle for the services. Every write
// resolves after its transaction committed, or rejects with a StoreError (src/model).
export { createStore } from './store';
export type { KioskStore, LogQueries } from './store';
export { openKioskDb, deleteKioskDb, requestPersistentStorage, KIOSK_DB_NAME } from './open-db';
export type { OpenOptions } from './open-db';
export { SCHEMA_VERSION } from './upgrade';
export type { KioskDb } from './schema';
export { addEntry, addEntries, getEntry, setDecision, lastEntryFor } from './entries';
export { recentEntriesFor, newestEntry, PASS_HISTORY_LIMIT } from './pass-history';
export {
  getPendingEnrollment,
  putPendingEnrollment,
  clearPendingEnrollment,
  PENDING_ENROLLMENT,
} from './pending-enrollment';
export { takeUnsynced, markSynced, pendingCount, MAX_SYNC_BATCH } from './outbox';
export { countersFor, totals, hourlyCounts } from './counters';
export { listEntries, DEFAULT_LIST_LIMIT } from './log-list';
export type { ListQuery } from './log-list';
export { exportCsv } from './csv-export';
export { purgeExpired, DEFAULT_RETENTION_DAYS } from './retention';
export {
  getSettings,
  saveSettings,
  getHeldBundle,
  putHeldBundle,
  recordBundleRefusal,
  getLastBundleRefusal,
  getDevice,
  putDevice,
  getSyncState,
  putSyncState,
  getPinLock,
  putPinLock,
  DEFAULT_PIN_LOCK,
} from './records';
export { toStoreError } from './store-error';
export { getStorageState, putStorageState, localOnly } from './storage-record';
export { readAll, restore } from './backup';
export {
  getPassKey,
  ensurePassKey,
  adoptVenueSecret,
  keyedEntry,
  hasRawPassId,
  newLocalPassKey,
} from './pass-key';
