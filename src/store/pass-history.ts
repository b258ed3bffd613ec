// What the log holds of one pass and of the latest scan: the re-entry rule reads a pass's
// recent entries (src/kiosk/reentry-rule.ts decides which of them is "the same pass"), and a
// review left open by a reload is found as the newest entry (src/kiosk/pending-review.ts).
// Both use the indexes the schema already has (`by-pass`, `by-time`).
import type { Direction, Entry } from '../model';
import { fromEntryRecord } from './entry-record';
import type { KioskDb } from './schema';

/** At most this many of one pass's entries are read back for the re-entry rule. */
export const PASS_HISTORY_LIMIT = 20;

/**
 * The entries of `passId` in one direction with `at` in [since, until], newest first, at most
 * `limit`. `until` is the scan's own time: entries stamped later were made while the clock ran
 * ahead and must not count against a person once the clock is put right.
 */
export async function recentEntriesFor(
  db: KioskDb,
  passId: string,
  direction: Direction,
  since: number,
  until: number,
  limit = PASS_HISTORY_LIMIT,
): Promise<Entry[]> {
  if (!(since <= until)) return [];
  const index = db.transaction('entries').store.index('by-pass');
  const found: Entry[] = [];
  const range = IDBKeyRange.bound([passId, direction, since], [passId, direction, until]);
  for (let c = await index.openCursor(range, 'prev'); c; c = await c.continue()) {
    found.push(fromEntryRecord(c.value));
    if (found.length >= limit) break;
  }
  return found;
}

/** The entry with the latest scan time (ties: the highest id), or undefined for an empty log. */
export async function newestEntry(db: KioskDb): Promise<Entry | undefined> {
  const cursor = await db.transaction('entries').store.index('by-time').openCursor(null, 'prev');
  return cursor ? fromEntryRecord(cursor.value) : undefined;
}
