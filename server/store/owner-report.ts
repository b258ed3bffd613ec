// The owner page's other views of one venue's log: scans by hour of the day and the latest
// scans. Every query is bounded to one venue and a time range: none counts all venues'
// entries.
import type { Queryable } from '../db/database';
import { ENTRY_COLUMNS, storedEntry, type StoredEntry } from './entries-report';

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
    `SELECT ${ENTRY_COLUMNS}
       FROM entries e JOIN devices d ON d.id = e.device_id
      WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3
      ORDER BY e.at DESC, e.id DESC LIMIT $4`,
    [venueId, from, to, limit],
  );
  return rows.map(storedEntry);
}
