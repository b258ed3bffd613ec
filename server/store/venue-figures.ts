// A venue's totals over a time range, per device and together, from one pass over its
// entries (one indexed range scan grouped by device), instead of one scan for the totals,
// one per device and one for the people inside: the live view reloads every 15 seconds
// while every kiosk of the venue is uploading.
import type { Queryable } from '../db/database';
import type { DeviceTotals, RangeTotals } from './entries-report';

const ADMITTED = "(verdict = 'admit' OR (verdict = 'review' AND decision = 'admit'))";

export interface VenueFigures {
  totals: RangeTotals;
  byDevice: DeviceTotals[];
}

export async function venueFigures(
  db: Queryable,
  venueId: string,
  from: number,
  to: number,
): Promise<VenueFigures> {
  const rows = await db.query<Record<keyof RangeTotals, number> & { device_id: string }>(
    `SELECT device_id,
            count(*) AS entries,
            count(*) FILTER (WHERE verdict = 'admit') AS admit,
            count(*) FILTER (WHERE verdict = 'review') AS review,
            count(*) FILTER (WHERE verdict = 'deny') AS deny,
            count(*) FILTER (WHERE ${ADMITTED}) AS admitted,
            count(*) FILTER (WHERE ${ADMITTED} AND direction = 'in') AS "in",
            count(*) FILTER (WHERE ${ADMITTED} AND direction = 'out') AS "out",
            count(*) FILTER (WHERE verdict = 'review' AND decision IS NULL) AS undecided
       FROM entries WHERE venue_id = $1 AND at >= $2 AND at < $3
      GROUP BY device_id ORDER BY device_id`,
    [venueId, from, to],
  );
  const keys = [
    'entries',
    'admit',
    'review',
    'deny',
    'admitted',
    'in',
    'out',
    'undecided',
  ] as const;
  const totals = Object.fromEntries(keys.map((k) => [k, 0])) as unknown as RangeTotals;
  for (const r of rows) for (const k of keys) totals[k] += r[k];
  return {
    totals,
    byDevice: rows.map((r) => ({
      deviceId: r.device_id,
      label: '',
      entries: r.entries,
      admitted: r.admitted,
    })),
  };
}
