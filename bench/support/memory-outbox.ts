// For `npm run bench:sync` only: the store's side of sync in memory, with the same rules as
// src/store's outbox (unsynced entries oldest first; an entry is marked synced only if its
// decision is still the one that was sent). The benchmark measures the server and the wire
// with 100,000-entry backlogs, which the pure-JS fake-indexeddb would turn into a benchmark of
// itself; the kiosk's real IndexedDB is measured by bench:store. Tests use the real store on
// fake-indexeddb (test/support/test-store.ts); test/bench/memory-outbox.test.ts keeps this
// copy to the store's rules.
import { DEFAULT_SETTINGS, DEFAULT_SYNC_STATE } from '../../src/model';
import type { DeviceIdentity, Entry, SyncAck, SyncState } from '../../src/model';
import type { SyncSource } from '../../src/sync';

export interface MemoryKiosk extends SyncSource {
  entries: Map<string, Entry>;
  device: DeviceIdentity | null;
  serverUrl: string | null;
  pending(): number;
  /** Entries are added in time order, as a kiosk logs them. */
  add(entry: Entry): void;
  decide(id: string, decision: 'admit' | 'refuse'): void;
}

export function memoryKiosk(): MemoryKiosk {
  let state: SyncState = DEFAULT_SYNC_STATE;
  // Unsynced ids by time; a decided entry goes back in at its own time. Synced ids linger in
  // the list until the next compaction, so `listed` says whether an id is still in it: one
  // decided before then is only marked pending again, never listed twice.
  let pendingIds: string[] = [];
  const listed = new Set<string>();
  const isPending = new Set<string>();
  const requeue = (id: string) => {
    if (isPending.has(id)) return;
    isPending.add(id);
    if (listed.has(id)) return;
    listed.add(id);
    const at = kiosk.entries.get(id)!.at;
    let i = pendingIds.length;
    while (i > 0 && kiosk.entries.get(pendingIds[i - 1]!)!.at > at) i--;
    pendingIds.splice(i, 0, id);
  };
  const kiosk: MemoryKiosk = {
    entries: new Map(),
    device: null,
    serverUrl: null,
    pending: () => isPending.size,
    add(entry) {
      kiosk.entries.set(entry.id, structuredClone({ ...entry, syncedAt: null }));
      requeue(entry.id);
    },
    decide(id, decision) {
      const e = kiosk.entries.get(id);
      if (!e || e.verdict !== 'review' || e.decision !== null) return;
      kiosk.entries.set(id, { ...e, decision, syncedAt: null });
      requeue(id);
    },
    async takeUnsynced(limit = 500) {
      if (pendingIds.length > 2 * isPending.size) {
        pendingIds = pendingIds.filter((id) => isPending.has(id));
        listed.clear();
        for (const id of pendingIds) listed.add(id);
      }
      const out: Entry[] = [];
      for (const id of pendingIds) {
        if (out.length >= Math.min(500, limit)) break;
        if (isPending.has(id)) out.push(structuredClone(kiosk.entries.get(id)!));
      }
      return out;
    },
    async markSynced(acks: readonly SyncAck[], at = Date.now()) {
      let changed = 0;
      for (const ack of acks) {
        const id = typeof ack === 'string' ? ack : ack.id;
        const e = kiosk.entries.get(id);
        if (!e || e.syncedAt !== null) continue;
        if (typeof ack !== 'string' && e.decision !== ack.decision) continue;
        kiosk.entries.set(id, { ...e, syncedAt: at });
        isPending.delete(id);
        changed++;
      }
      return changed;
    },
    getSyncState: async () => ({ ...state }),
    putSyncState: async (s) => void (state = { ...s }),
    getDevice: async () => kiosk.device,
    getSettings: async () => ({ ...DEFAULT_SETTINGS, syncServer: kiosk.serverUrl }),
  };
  return kiosk;
}
