// The entry log's writes and point reads. An entry is on disk before `addEntry` resolves: the
// check-in pipeline shows a verdict only after that, or says the entry was not saved. The
// counts in tallies.ts change in the same transaction as the entries they count.
import type { Direction, Entry, GuardDecision } from '../model';
import type { KioskDb } from './schema';
import { fromEntryRecord, toEntryRecord } from './entry-record';
import { hasRawPassId, keyedEntry, keyIn, passKeyBytes } from './pass-key';
import { applyTallies, slotOf } from './tallies';
import { runWrite, type Durability } from './write-tx';

/** Commits one entry ('strict': flushed to disk); rejects with StoreError if it was not. */
export function addEntry(db: KioskDb, entry: Entry): Promise<void> {
  return addEntries(db, [entry]);
}

/** Commits many entries in one transaction, all or none: imports, restores, benchmarks. */
export function addEntries(db: KioskDb, entries: readonly Entry[]): Promise<void> {
  return writeNewEntries(db, entries, 'strict');
}

/**
 * The write behind both, with the durability open so the benchmark can weigh the flush:
 * 'strict' waits for the disk, 'relaxed' only for the operating system.
 */
export async function writeNewEntries(
  db: KioskDb,
  entries: readonly Entry[],
  durability: Durability,
): Promise<void> {
  if (entries.length === 0) return;
  await runWrite(
    db,
    ['entries', 'tallies', 'passKey'],
    async (tx) => {
      const store = tx.objectStore('entries');
      // The last guard: a raw pass identity is keyed here, in the writing transaction.
      const raw = entries.some(hasRawPassId);
      const secret = raw ? passKeyBytes(await keyIn(tx.objectStore('passKey'), Date.now())) : null;
      const keyed = secret ? entries.map((e) => keyedEntry(e, secret)) : entries;
      const added = Promise.all(keyed.map((e) => store.add(toEntryRecord(e))));
      const changes = entries.map((e) => ({ at: e.at, slot: slotOf(e), delta: 1 }));
      const pending = entries.filter((e) => e.syncedAt === null).length;
      await Promise.all([added, applyTallies(tx.objectStore('tallies'), changes, pending)]);
    },
    durability,
  );
}

export async function getEntry(db: KioskDb, id: string): Promise<Entry | undefined> {
  const record = await db.get('entries', id);
  return record && fromEntryRecord(record);
}

/**
 * Records the guard's call on a `review` entry. The entry becomes pending again (syncedAt
 * null) so the decision reaches the server even if the entry itself was already uploaded.
 * A decision is made once: an entry that is not under review, or already decided, is returned
 * unchanged. Resolves with the entry as stored, or undefined if there is no such entry.
 */
export async function setDecision(
  db: KioskDb,
  id: string,
  decision: Exclude<GuardDecision, null>,
): Promise<Entry | undefined> {
  return runWrite(
    db,
    ['entries', 'tallies'],
    async (tx) => {
      const record = await tx.objectStore('entries').get(id);
      if (!record) return undefined;
      const entry = fromEntryRecord(record);
      if (entry.verdict !== 'review' || entry.decision !== null) return entry;
      const decided: Entry = { ...entry, decision, syncedAt: null };
      const moved = [
        { at: entry.at, slot: slotOf(entry), delta: -1 },
        { at: entry.at, slot: slotOf(decided), delta: 1 },
      ];
      await Promise.all([
        tx.objectStore('entries').put(toEntryRecord(decided)),
        applyTallies(tx.objectStore('tallies'), moved, entry.syncedAt === null ? 0 : 1),
      ]);
      return decided;
    },
    'strict',
  );
}

/**
 * The most recent entry for a pass in [`since`, `until`], for duplicate suppression: in one
 * direction, or in either when `direction` is null. Reads one record per direction. `until`
 * is the scan's own time: entries stamped later were made while the clock ran ahead, and must
 * not make a person a "duplicate" once the clock is put right.
 */
export async function lastEntryFor(
  db: KioskDb,
  passId: string,
  direction: Direction | null,
  since: number,
  until = Infinity,
): Promise<Entry | undefined> {
  const tx = db.transaction('entries');
  const index = tx.store.index('by-pass');
  const latest = (dir: Direction) =>
    index
      .openCursor(IDBKeyRange.bound([passId, dir, since], [passId, dir, until]), 'prev')
      .then((cursor) => cursor?.value);
  const found = await Promise.all(direction ? [latest(direction)] : [latest('in'), latest('out')]);
  const newest = found.reduce((a, b) => (!a || (b && b.at > a.at) ? b : a), undefined);
  return newest && fromEntryRecord(newest);
}
