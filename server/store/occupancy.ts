// People inside a venue: admitted entries in minus admitted entries out, from every device of
// the venue, since the start of today (Vietnam time), never below zero, the same rule as the
// kiosk's own estimate (src/store/counters.ts) but over all doors. One indexed range count.
import type { Queryable } from '../db/database';
import { vietnamDayOf, vietnamDayRange } from '../pages/vietnam-day';

export interface Occupancy {
  inside: number;
  in: number;
  out: number;
  since: number;
}

const ADMITTED = "(verdict = 'admit' OR (verdict = 'review' AND decision = 'admit'))";

export async function venueOccupancy(
  db: Queryable,
  venueId: string,
  now: number,
): Promise<Occupancy> {
  const since = vietnamDayRange(vietnamDayOf(now))!.from;
  const [row] = await db.query<{ in: number; out: number }>(
    `SELECT count(*) FILTER (WHERE direction = 'in') AS "in",
            count(*) FILTER (WHERE direction = 'out') AS "out"
       FROM entries WHERE venue_id = $1 AND at >= $2 AND at < $3 AND ${ADMITTED}`,
    [venueId, since, since + 24 * 60 * 60_000],
  );
  const counts = { in: row?.in ?? 0, out: row?.out ?? 0 };
  return { ...counts, inside: Math.max(0, counts.in - counts.out), since };
}
