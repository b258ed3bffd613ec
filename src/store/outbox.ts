// What waits to reach the sync server. Unsynced entries are the sparse `outbox` index (see
// `pendingAt` in schema.ts), so listing them never touches the synced million; their number
// is kept in the tallies, so counting them reads one record.
import type { Entry, SyncAck } from '../model';
import type { KioskDb } from './schema';
import { fromEntryRecord, toEntryRecord } from './entry-record';
import { PENDING_KEY, applyTallies } from './tallies';
import { runWrite } from './write-tx';

/** The largest upload batch the server accepts. */
export const MAX_SYNC_BATCH = 500;

/** Unsynced entries, oldest first, at most `limit` (≤ 500). Reading changes nothing. */
export async function takeUnsynced(db: KioskDb, limit = MAX_SYNC_BATCH): Promise<Entry[]> {
  const count = Math.max(1, Math.min(MAX_SYNC_BATCH, Math.floor(limit)));
  const records = await db.getAllFromIndex('entries', 'outbox', null, count);
  return records.map(fromEntryRecord);
}

export async function pendingCount(db: KioskDb): Promise<number> {
  return (await db.get('tallies', PENDING_KEY))?.[0] ?? 0;
}

/**
 * Marks the acknowledged entries synced, and only those. Idempotent: an entry already synced
 * keeps its first `syncedAt`; unknown ids are ignored. Resolves with how many changed.
 */
export async function markSynced(
  db: KioskDb,
  acks: readonly SyncAck[],
  syncedAt = Date.now(),
): Promise<number> {
  const byId = new Map(acks.map((ack) => [typeof ack === 'string' ? ack : ack.id, ack]));
  if (byId.size === 0) return 0;
  return runWrite(db, ['entries', 'tallies'], async (tx) => {
    const store = tx.objectStore('entries');
    const ids = [...byId.keys()];
    const records = await Promise.all(ids.map((id) => store.get(id)));
    const updates = records.flatMap((record, i) => {
      const ack = byId.get(ids[i]!)!;
      if (!record || record.syncedAt !== null) return [];
      if (typeof ack !== 'string' && ack.decision !== record.decision) return [];
      return [store.put(toEntryRecord({ ...fromEntryRecord(record), syncedAt }))];
    });
    await Promise.all([...updates, applyTallies(tx.objectStore('tallies'), [], -updates.length)]);
    return updates.length;
  });
}
