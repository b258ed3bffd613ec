// People inside a venue: admitted entries in minus admitted entries out, from every device of
// the venue, since the start of today (Vietnam time), never below zero, the same rule as the
// kiosk's own estimate (src/store/counters.ts) but over all doors. One indexed range count,
// made at most once per OCCUPANCY_TTL_MS per venue and process however many kiosks ask:
// every kiosk of a busy venue polls it.
import type { Queryable } from '../db/database';
import { vietnamDayOf, vietnamDayRange } from '../pages/vietnam-day';

export interface Occupancy {
  inside: number;
  in: number;
  out: number;
  since: number;
}

const ADMITTED = "(verdict = 'admit' OR (verdict = 'review' AND decision = 'admit'))";

export const OCCUPANCY_TTL_MS = 2000;
const cache = new Map<string, { at: number; value: Occupancy }>();

/** The figure as of at most OCCUPANCY_TTL_MS ago (the answer's asOf says when). */
export async function cachedOccupancy(
  db: Queryable,
  venueId: string,
  now: number,
): Promise<Occupancy & { asOf: number }> {
  const hit = cache.get(venueId);
  if (hit && now - hit.at < OCCUPANCY_TTL_MS && now >= hit.at)
    return { ...hit.value, asOf: hit.at };
  const value = await venueOccupancy(db, venueId, now);
  if (cache.size > 10_000) cache.clear();
  cache.set(venueId, { at: now, value });
  return { ...value, asOf: now };
}

/** From a day's admitted in and out counts (when the caller has them already). */
export const occupancyOf = (counts: { in: number; out: number }, since: number): Occupancy => ({
  in: counts.in,
  out: counts.out,
  inside: Math.max(0, counts.in - counts.out),
  since,
});

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
  return occupancyOf({ in: row?.in ?? 0, out: row?.out ?? 0 }, since);
}
