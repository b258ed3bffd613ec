// An in-memory StorePort for service and pipeline tests in Node. Deliberately simple: the
// real store has its own suites on fake-indexeddb and in Chromium.
import type { StorePort } from '../../src/app/ports';
import {
  DEFAULT_SETTINGS,
  StoreError,
  wasAdmitted,
  type DeviceIdentity,
  type Entry,
  type HeldBundle,
  type PinLock,
  type Settings,
  type SyncState,
} from '../../src/store/types';

export function memoryStore(
  opts: { failWrites?: StoreError['kind'] } = {},
): StorePort & { entries: Entry[]; failWrites: StoreError['kind'] | undefined } {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let held: HeldBundle | null = null;
  let device: DeviceIdentity | null = null;
  let syncState: SyncState = {
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    consecutiveFailures: 0,
    bundleEtag: null,
  };
  let pinLock: PinLock = { failures: 0, lockedUntil: null };
  const entries: Entry[] = [];
  const store = {
    entries,
    failWrites: opts.failWrites,
    async takeUnsynced(limit: number) {
      return entries
        .filter((e) => e.syncedAt === null)
        .slice(0, limit)
        .map((e) => structuredClone(e));
    },
    async markSynced(acks: readonly (string | { id: string })[], at: number) {
      let n = 0;
      for (const ack of acks) {
        const e = entries.find((x) => x.id === (typeof ack === 'string' ? ack : ack.id));
        if (e && e.syncedAt === null) {
          e.syncedAt = at;
          n++;
        }
      }
      return n;
    },
    async addEntry(entry: Entry) {
      if (store.failWrites) throw new StoreError(store.failWrites, 'injected');
      entries.push(structuredClone(entry));
    },
    async setDecision(id: string, decision: 'admit' | 'refuse') {
      const e = entries.find((x) => x.id === id);
      if (e) Object.assign(e, { decision, syncedAt: null });
    },
    async lastEntryFor(passId: string, direction: 'in' | 'out', since: number, until: number) {
      return [...entries]
        .reverse()
        .find(
          (e) => e.passId === passId && e.direction === direction && e.at >= since && e.at <= until,
        );
    },
    async counters(dayStart: number, dayEnd: number) {
      const today = entries.filter((e) => e.at >= dayStart && e.at < dayEnd);
      const ins = today.filter((e) => e.direction === 'in' && wasAdmitted(e)).length;
      const outs = today.filter((e) => e.direction === 'out' && wasAdmitted(e)).length;
      return { today: today.length, inside: Math.max(0, ins - outs) };
    },
    async pendingCount() {
      return entries.filter((e) => e.syncedAt === null).length;
    },
    getSettings: async () => settings,
    saveSettings: async (s: Settings) => void (settings = s),
    getHeldBundle: async () => held,
    putHeldBundle: async (h: HeldBundle) => void (held = h),
    recordBundleRefusal: async (code: string, at: number) =>
      void (held = held && { ...held, lastRefusal: { code, at } }),
    getDevice: async () => device,
    putDevice: async (d: DeviceIdentity) => void (device = d),
    getSyncState: async () => syncState,
    putSyncState: async (s: SyncState) => void (syncState = s),
    getPinLock: async () => pinLock,
    putPinLock: async (l: PinLock) => void (pinLock = l),
    log: {
      list: async () => [...entries],
      hourly: async () => new Array(24).fill(0),
      totals: async () => ({ admit: 0, review: 0, deny: 0, admitted: 0, in: 0, out: 0 }),
      exportCsv: async () => new Blob([]),
      purgeExpired: async () => ({ deleted: 0, keptUnsynced: 0 }),
    },
  };
  return store;
}
