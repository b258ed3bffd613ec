// The one object the window's services use for storage: the store's plain functions bound to
// one open database (idb-keyval's single-seam style). It is the model's `Store`, plus the admin
// log's queries, which only the screens use.
import type { Entry, EntryTotals, Store } from '../model';
import type { KioskDb } from './schema';
import { addEntry, lastEntryFor, setDecision } from './entries';
import { markSynced, pendingCount, takeUnsynced } from './outbox';
import { countersFor, hourlyCounts, totals } from './counters';
import { listEntries, type ListQuery } from './log-list';
import { exportCsv } from './csv-export';
import { purgeExpired } from './retention';
import { newestEntry, recentEntriesFor } from './pass-history';
import * as pending from './pending-enrollment';
import * as records from './records';
import { getStorageState, localOnly, putStorageState } from './storage-record';
import { readAll, restore } from './backup';
import { adoptVenueSecret, ensurePassKey, passKeyBytes } from './pass-key';
import { isPassPseudonym, passPseudonym } from '../core';

/** The admin log: any span of days, newest first, and its figures. Days are local calendar days. */
export interface LogQueries {
  list(query: ListQuery): Promise<Entry[]>;
  /** 24 counts, one per local hour of the day starting at `dayStart`. */
  hourly(dayStart: number): Promise<number[]>;
  totals(from: number, to: number): Promise<EntryTotals>;
  /** UTF-8 with BOM, so Excel shows Vietnamese. */
  exportCsv(from: number, to: number): Promise<Blob>;
}

export interface KioskStore extends Store {
  readonly db: KioskDb;
  readonly log: LogQueries;
}

export function createStore(db: KioskDb): KioskStore {
  // The key's bytes for the scan path (one window at a time holds the database: tab-lock).
  let secret: Promise<Uint8Array> | null = null;
  const passSecret = () =>
    (secret ??= ensurePassKey(db, Date.now()).then(passKeyBytes, (e: unknown) => {
      secret = null;
      throw e;
    }));
  return {
    db,
    addEntry: (entry) => addEntry(db, entry),
    setDecision: (id, decision) => setDecision(db, id, decision),
    lastEntryFor: (passId, direction, since, until) =>
      lastEntryFor(db, passId, direction, since, until),
    recentEntriesFor: (passId, direction, since, until) =>
      recentEntriesFor(db, passId, direction, since, until),
    newestEntry: () => newestEntry(db),
    pseudonymOf: async (passId) =>
      isPassPseudonym(passId) ? passId : passPseudonym(await passSecret(), passId),
    getPassKey: () => ensurePassKey(db, Date.now()),
    async adoptVenueSecret(venueId, text) {
      const changed = await adoptVenueSecret(db, venueId, text, Date.now());
      if (changed) secret = null;
      return changed;
    },
    takeUnsynced: (limit) => takeUnsynced(db, limit),
    markSynced: (acks, at) => markSynced(db, acks, at),
    pendingCount: () => pendingCount(db),
    counters: (dayStart, dayEnd) => countersFor(db, dayStart, dayEnd),
    purgeExpired: (now, retentionDays) => purgeExpired(db, now, retentionDays),
    getSettings: () => records.getSettings(db),
    saveSettings: (patch) => records.saveSettings(db, patch),
    getHeldBundle: () => records.getHeldBundle(db),
    putHeldBundle: (held) => records.putHeldBundle(db, held),
    recordBundleRefusal: (code, at) => records.recordBundleRefusal(db, code, at),
    getDevice: () => records.getDevice(db),
    putDevice: (device) => records.putDevice(db, device),
    getPendingEnrollment: () => pending.getPendingEnrollment(db),
    putPendingEnrollment: (p) => pending.putPendingEnrollment(db, p),
    clearPendingEnrollment: () => pending.clearPendingEnrollment(db),
    getSyncState: () => records.getSyncState(db),
    putSyncState: (state) => records.putSyncState(db, state),
    getPinLock: () => records.getPinLock(db),
    putPinLock: (lock) => records.putPinLock(db, lock),
    getStorageState: () => getStorageState(db),
    putStorageState: (state) => putStorageState(db, state),
    localOnly: (after) => localOnly(db, after),
    readAll: () => readAll(db),
    restore: (data) => restore(db, data),
    log: {
      list: (query) => listEntries(db, query),
      hourly: (dayStart) => hourlyCounts(db, dayStart),
      totals: (from, to) => totals(db, from, to),
      exportCsv: (from, to) => exportCsv(db, from, to),
    },
  };
}
