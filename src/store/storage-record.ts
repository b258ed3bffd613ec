// The storage record (schema version 3) and the count of entries that exist only on this
// device: unsynced, and logged after the last backup. Both cheap: one record, and the sparse
// `outbox` index, whose keys are the entries' times.
import type { LocalOnly, StorageState } from '../model';
import { CURRENT, type KioskDb } from './schema';
import { PENDING_KEY } from './tallies';
import { runWrite } from './write-tx';

export async function getStorageState(db: KioskDb): Promise<StorageState | null> {
  return (await db.get('storage', CURRENT)) ?? null;
}

export async function putStorageState(db: KioskDb, state: StorageState): Promise<void> {
  await runWrite(db, ['storage'], (tx) => tx.store.put(state, CURRENT), 'strict');
}

/** Unsynced entries logged after `after` (all of them for 0), and the oldest one's time. */
export async function localOnly(db: KioskDb, after: number): Promise<LocalOnly> {
  const tx = db.transaction(['entries', 'tallies']);
  const outbox = tx.objectStore('entries').index('outbox');
  const range = after > 0 ? IDBKeyRange.lowerBound(after, true) : null;
  const [count, first] = await Promise.all([
    // The whole outbox is counted in the tallies; a part of it only by walking it.
    range
      ? outbox.count(range)
      : tx
          .objectStore('tallies')
          .get(PENDING_KEY)
          .then((p) => p?.[0]),
    outbox.openKeyCursor(range),
  ]);
  return { count: count ?? 0, oldestAt: first ? (first.key as number) : null };
}
