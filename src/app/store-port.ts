// Binds the IndexedDB store's plain functions to one open database, as the services' StorePort.
import * as store from '../store';
import type { KioskDb } from '../store';
import type { StorePort } from './ports';

export function storePort(db: KioskDb): StorePort {
  return {
    addEntry: (entry) => store.addEntry(db, entry),
    takeUnsynced: (limit) => store.takeUnsynced(db, limit),
    markSynced: (acks, at) => store.markSynced(db, acks, at),
    setDecision: async (id, decision) => void (await store.setDecision(db, id, decision)),
    lastEntryFor: (passId, direction, since, until) =>
      store.lastEntryFor(db, passId, direction, since, until),
    counters: (dayStart, dayEnd) => store.countersFor(db, dayStart, dayEnd),
    pendingCount: () => store.pendingCount(db),
    getSettings: () => store.getSettings(db),
    saveSettings: async (settings) => void (await store.saveSettings(db, settings)),
    getHeldBundle: () => store.getHeldBundle(db),
    putHeldBundle: async (held) => void (await store.putHeldBundle(db, held)),
    recordBundleRefusal: (code, at) => store.recordBundleRefusal(db, code, at),
    getDevice: () => store.getDevice(db),
    putDevice: (device) => store.putDevice(db, device),
    getSyncState: () => store.getSyncState(db),
    putSyncState: (state) => store.putSyncState(db, state),
    getPinLock: () => store.getPinLock(db),
    putPinLock: (lock) => store.putPinLock(db, lock),
    log: {
      list: (query) => store.listEntries(db, query),
      hourly: (dayStart) => store.hourlyCounts(db, dayStart),
      totals: (from, to) => store.totals(db, from, to),
      exportCsv: (from, to) => store.exportCsv(db, from, to),
      purgeExpired: (now, retentionDays) => store.purgeExpired(db, now, retentionDays),
    },
  };
}
