// The log as the owner reads it: one venue, one time range, all devices. Totals count rows,
// so an entry uploaded twice or decided later is still one person.
import type { Queryable } from '../db/database';

export interface StoredEntry {
  id: string;
  deviceId: string;
  deviceLabel: string;
  at: number;
  direction: string;
  source: string;
  format: string;
  verdict: string;
  decision: string | null;
  color: string;
  reasons: string[];
  passHash: string | null;
  maskedName: string;
  birthYear: number | null;
  maskedId: string;
  kid: string | null;
  bundleSeq: number | null;
  receivedAt: number;
}

export interface RangeTotals {
  entries: number;
  admit: number;
  review: number;
  deny: number;
  /** People let through: admit, or review decided admit (as `wasAdmitted` on the kiosk). */
  admitted: number;
  in: number;
  out: number;
  /** Review verdicts still waiting for the guard's decision. */
  undecided: number;
}

export interface DeviceTotals {
  deviceId: string;
  label: string;
  entries: number;
  admitted: number;
}

const ADMITTED = "(verdict = 'admit' OR (verdict = 'review' AND decision = 'admit'))";

/** The columns `storedEntry` reads, for a query over `entries e JOIN devices d`. */
export const ENTRY_COLUMNS = `e.id::text AS id, e.device_id, d.label, e.at, e.direction,
    e.source, e.format, e.verdict, e.decision, e.color, e.reasons, e.pass_hash, e.masked_name,
    e.birth_year, e.masked_id, e.kid, e.bundle_seq, e.received_at`;

export function storedEntry(r: Record<string, unknown>): StoredEntry {
  return {
    id: r.id as string,
    deviceId: r.device_id as string,
    deviceLabel: r.label as string,
    at: r.at as number,
    direction: r.direction as string,
    source: r.source as string,
    format: r.format as string,
    verdict: r.verdict as string,
    decision: r.decision as string | null,
    color: r.color as string,
    reasons: Array.isArray(r.reasons) ? (r.reasons as string[]) : [],
    passHash: r.pass_hash as string | null,
    maskedName: r.masked_name as string,
    birthYear: r.birth_year as number | null,
    maskedId: r.masked_id as string,
    kid: r.kid as string | null,
    bundleSeq: r.bundle_seq as number | null,
    receivedAt: r.received_at as number,
  };
}

/**
 * One venue's entries in [from, to), in (at, id) order, a page at a time: a keyset cursor.
 * Each page is one short query on the (venue_id, at, id) index that starts after the last row
 * of the one before, so memory stays one page whatever the range holds, no transaction or
 * connection is held between pages (a slow reader blocks nobody; PGlite has one connection),
 * and pulling the next page waits until the consumer wants it. Entries that arrive during the
 * walk appear if they sort after the cursor. For CSV exports of a day or a date range.
 */
export async function* entryPages(
  db: Queryable,
  venueId: string,
  from: number,
  to: number,
  pageSize = 1000,
): AsyncGenerator<StoredEntry[]> {
  let after: { at: number; id: string } | null = null;
  for (;;) {
    const rows: Record<string, unknown>[] = after
      ? await db.query(
          `SELECT ${ENTRY_COLUMNS}
             FROM entries e JOIN devices d ON d.id = e.device_id
            WHERE e.venue_id = $1 AND e.at < $3 AND (e.at, e.id) > ($2, $5::uuid)
            ORDER BY e.at, e.id LIMIT $4`,
          [venueId, after.at, to, pageSize, after.id],
        )
      : await db.query(
          `SELECT ${ENTRY_COLUMNS}
             FROM entries e JOIN devices d ON d.id = e.device_id
            WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3
            ORDER BY e.at, e.id LIMIT $4`,
          [venueId, from, to, pageSize],
        );
    if (rows.length === 0) return;
    const page = rows.map(storedEntry);
    yield page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = { at: last.at, id: last.id };
    // Let other requests in between pages: PGlite answers within this thread, and a chain of
    // awaited queries would otherwise never give the event loop a turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function rangeTotals(
  db: Queryable,
  venueId: string,
  from: number,
  to: number,
): Promise<RangeTotals> {
  const [row] = await db.query<Record<keyof RangeTotals, number>>(
    `SELECT count(*) AS entries,
            count(*) FILTER (WHERE verdict = 'admit') AS admit,
            count(*) FILTER (WHERE verdict = 'review') AS review,
            count(*) FILTER (WHERE verdict = 'deny') AS deny,
            count(*) FILTER (WHERE ${ADMITTED}) AS admitted,
            count(*) FILTER (WHERE ${ADMITTED} AND direction = 'in') AS "in",
            count(*) FILTER (WHERE ${ADMITTED} AND direction = 'out') AS "out",
            count(*) FILTER (WHERE verdict = 'review' AND decision IS NULL) AS undecided
       FROM entries WHERE venue_id = $1 AND at >= $2 AND at < $3`,
    [venueId, from, to],
  );
  return row!;
}
