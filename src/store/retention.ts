// Keeping personal data no longer than the venue's retention: entries older than N days are
// deleted once the server has them. An unsynced entry is never dropped here, however old: it
// is counted and kept, so a kiosk that was offline for weeks loses nothing.
import type { PurgeResult } from '../model';
import type { IDBPObjectStore } from 'idb';
import type { EntryRecord, KioskDb, KioskSchema } from './schema';
import { timeRange } from './key-ranges';
import { applyTallies, slotOf } from './tallies';
import { runWrite } from './write-tx';

export const DEFAULT_RETENTION_DAYS = 21;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Records deleted per transaction, so check-in writes are never held up for long. */
const PURGE_CHUNK = 1000;

export async function purgeExpired(
  db: KioskDb,
  now: number,
  retentionDays = DEFAULT_RETENTION_DAYS,
): Promise<PurgeResult> {
  const cutoff = now - Math.max(0, retentionDays) * DAY_MS;
  let deleted = 0;
  let range = timeRange(-Infinity, cutoff);
  while (range) {
    const chunkRange: IDBKeyRange = range;
    const { records, removed } = await runWrite(db, ['entries', 'tallies'], async (tx) => {
      const store = tx.objectStore('entries');
      const records = await store.index('by-time').getAll(chunkRange, PURGE_CHUNK);
      // Re-checked inside the transaction that deletes: an entry re-opened by a decision
      // a moment ago is pending again and stays.
      const synced = records.filter(isSynced);
      const uncounted = synced.map((r) => ({ at: r.at, slot: slotOf(r), delta: -1 }));
      await Promise.all([
        deleteAll(store, synced),
        applyTallies(tx.objectStore('tallies'), uncounted, 0),
      ]);
      return { records, removed: synced.length };
    });
    deleted += removed;
    const last = records[records.length - 1];
    range =
      last && records.length === PURGE_CHUNK
        ? IDBKeyRange.bound([last.at, last.id], [cutoff], true, true)
        : null;
  }
  const keptUnsynced = await db.countFromIndex(
    'entries',
    'outbox',
    IDBKeyRange.upperBound(cutoff, true),
  );
  return { deleted, keptUnsynced };
}

const isSynced = (r: EntryRecord) => r.syncedAt !== null && r.pendingAt === undefined;

type EntryStore = IDBPObjectStore<KioskSchema, ['entries', 'tallies'], 'entries', 'readwrite'>;

/**
 * Deletes exactly these records. Ids are UUIDv7, so a chunk of old entries usually spans an id
 * range holding nothing else: when a count proves that (n distinct ids inside a range that
 * holds n records), one range delete replaces n requests, ten times faster in Chromium.
 * Otherwise (an unsynced entry, or an id out of time order, sits inside) each is deleted alone.
 */
async function deleteAll(store: EntryStore, records: readonly EntryRecord[]): Promise<void> {
  if (records.length === 0) return;
  const ids = records.map((r) => r.id).sort();
  const span = IDBKeyRange.bound(ids[0]!, ids[ids.length - 1]!);
  if ((await store.count(span)) === ids.length) await store.delete(span);
  else await Promise.all(ids.map((id) => store.delete(id)));
}
