// The owner pages' list of one venue's scans, newest first, a page at a time: a keyset cursor
// on the (venue_id, at, id) index read backwards, so page 40 costs what page 1 costs and the
// page never renders more than it lists. Bounded to one venue and a time range: no query
// counts all venues' entries. (The CSV has every scan of the range: entryPages.)
import type { Queryable } from '../db/database';
import { ENTRY_COLUMNS, storedEntry, type StoredEntry } from './entries-report';

/** Scans the owner page lists at a time; the rest are a "next" link away, the CSV has all. */
export const OWNER_PAGE_ROWS = 200;

/** Where a page of the list ends: the next page starts strictly before this entry. */
export interface EntryCursor {
  at: number;
  id: string;
}

const CURSOR = /^(\d{1,15})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** `<at>.<id>` in a link; anything else (a hand-edited address) is the first page. */
export function parseEntryCursor(text: string | undefined): EntryCursor | null {
  const m = CURSOR.exec(text ?? '');
  return m ? { at: Number(m[1]), id: m[2]! } : null;
}

export const entryCursorText = (c: EntryCursor) => `${c.at}.${c.id}`;

export interface EntriesPage {
  entries: StoredEntry[];
  /** Where the next (older) page starts; null on the last page. */
  next: EntryCursor | null;
}

/** Up to `limit` scans of [from, to), newest first, before `before` when given. */
export async function latestEntries(
  db: Queryable,
  venueId: string,
  from: number,
  to: number,
  limit: number,
  before: EntryCursor | null = null,
): Promise<EntriesPage> {
  const rows = await db.query<Record<string, unknown>>(
    before
      ? `SELECT ${ENTRY_COLUMNS}
           FROM entries e JOIN devices d ON d.id = e.device_id
          WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3 AND (e.at, e.id) < ($5, $6::uuid)
          ORDER BY e.at DESC, e.id DESC LIMIT $4`
      : `SELECT ${ENTRY_COLUMNS}
           FROM entries e JOIN devices d ON d.id = e.device_id
          WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3
          ORDER BY e.at DESC, e.id DESC LIMIT $4`,
    before ? [venueId, from, to, limit + 1, before.at, before.id] : [venueId, from, to, limit + 1],
  );
  const entries = rows.slice(0, limit).map(storedEntry);
  const last = entries[entries.length - 1];
  return { entries, next: rows.length > limit && last ? { at: last.at, id: last.id } : null };
}
