// The owner page's other views of one venue's log: scans by hour of the day, the latest
// scans, and every scan of a range page by page (a keyset cursor on (at, id), so a CSV of any
// size streams in constant memory and each page is one indexed range read). Every query is
// bounded to one venue and a time range: none counts all venues' entries.
import type { Queryable } from '../db/database';
import { STORED_ENTRY_COLUMNS, storedEntryFrom, type StoredEntry } from './entries-report';

const VIETNAM_OFFSET_MS = 7 * 60 * 60_000;

/** Scans per hour of the day (Vietnam time), 0–23, summed over the range. */
export async function hourlyCounts(
  db: Queryable,
  venueId: string,
  from: number,
  to: number,
): Promise<number[]> {
  const rows = await db.query<{ hour: number; n: number }>(
    `SELECT ((at + ${VIETNAM_OFFSET_MS}) % 86400000) / 3600000 AS hour, count(*) AS n
       FROM entries WHERE venue_id = $1 AND at >= $2 AND at < $3 GROUP BY 1`,
    [venueId, from, to],
  );
  const counts = new Array<number>(24).fill(0);
  for (const r of rows) counts[Number(r.hour)] = r.n;
  return counts;
}

export async function latestEntries(
  db: Queryable,
  venueId: string,
  from: number,
  to: number,
  limit: number,
): Promise<StoredEntry[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${STORED_ENTRY_COLUMNS}
       FROM entries e JOIN devices d ON d.id = e.device_id
      WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3
      ORDER BY e.at DESC, e.id DESC LIMIT $4`,
    [venueId, from, to, limit],
  );
  return rows.map(storedEntryFrom);
}

/** Every scan of the range in time order, `pageSize` rows per database read. */
export async function* entryPages(
  db: Queryable,
  venueId: string,
  from: number,
  to: number,
  pageSize = 2000,
): AsyncGenerator<StoredEntry[]> {
  let after: { at: number; id: string } | null = null;
  for (;;) {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT ${STORED_ENTRY_COLUMNS}
         FROM entries e JOIN devices d ON d.id = e.device_id
        WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3
          AND ($5::bigint IS NULL OR (e.at, e.id) > ($5::bigint, $6::uuid))
        ORDER BY e.at, e.id LIMIT $4`,
      [venueId, from, to, pageSize, after?.at ?? null, after?.id ?? null],
    );
    if (rows.length === 0) return;
    const page = rows.map(storedEntryFrom);
    yield page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = { at: last.at, id: last.id };
  }
}
