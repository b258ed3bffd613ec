// A contact-tracing query: one person's visits in a time window (found by recomputing their
// pseudonym at every venue), then everyone else recorded at the same venue within ±N hours of
// each visit, with masked identity only. The query and its audit row are one transaction:
// no result is ever shown that the audit log does not hold.
import type { Database, Queryable } from '../db/database';
import { ENTRY_COLUMNS, storedEntry, type StoredEntry } from '../store/entries-report';
import { audit, type AuditActor } from './audit-log';
import { PAIRS_JOIN, personPseudonyms } from './person-pseudonyms';

export const MAX_VISITS = 500;
export const MAX_CONTACTS = 5000;
export const MAX_TRACE_HOURS = 72;
const HOUR_MS = 3_600_000;

export interface TraceQuery {
  passIds: string[];
  /** Masked description of what was asked, for the audit log. */
  described: string[];
  from: number;
  to: number;
  hours: number;
}

export type TracedEntry = StoredEntry & {
  venueId: string;
  venueName: string;
  passId: string | null;
};

export interface TraceResult {
  visits: TracedEntry[];
  contacts: TracedEntry[];
  /** Distinct people among the contacts (by pseudonym; an entry without one counts alone). */
  people: number;
  truncated: boolean;
  venueIds: string[];
}

const COLUMNS = `${ENTRY_COLUMNS}, e.venue_id, e.pass_id, v.name AS venue_name`;
const traced = (r: Record<string, unknown>): TracedEntry => ({
  ...storedEntry(r),
  venueId: r.venue_id as string,
  venueName: r.venue_name as string,
  passId: r.pass_id as string | null,
});

/** Visit windows merged per venue, so that no contact is listed twice. */
function windows(visits: readonly TracedEntry[], hours: number) {
  const byVenue = new Map<string, [number, number][]>();
  for (const v of [...visits].sort((a, b) => a.at - b.at)) {
    const list = byVenue.get(v.venueId) ?? [];
    const [from, to] = [v.at - hours * HOUR_MS, v.at + hours * HOUR_MS + 1];
    const last = list[list.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else list.push([from, to]);
    byVenue.set(v.venueId, list);
  }
  const w = { venueIds: [] as string[], froms: [] as number[], tos: [] as number[] };
  for (const [venueId, list] of byVenue)
    for (const [from, to] of list) {
      w.venueIds.push(venueId);
      w.froms.push(from);
      w.tos.push(to);
    }
  return w;
}

async function findContacts(
  tx: Queryable,
  visits: readonly TracedEntry[],
  hours: number,
  own: string[],
) {
  const w = windows(visits, hours);
  const rows = await tx.query<Record<string, unknown>>(
    `SELECT ${COLUMNS}
       FROM entries e JOIN devices d ON d.id = e.device_id JOIN venues v ON v.id = e.venue_id
       JOIN unnest($1::text[], $2::bigint[], $3::bigint[]) AS w(venue_id, f, t)
         ON e.venue_id = w.venue_id AND e.at >= w.f AND e.at < w.t
      WHERE e.pass_id IS NULL OR NOT (e.pass_id = ANY($4::text[]))
      ORDER BY e.venue_id, e.at, e.id LIMIT ${MAX_CONTACTS + 1}`,
    [w.venueIds, w.froms, w.tos, own],
  );
  return rows.map(traced);
}

export async function traceContacts(
  db: Database,
  actor: AuditActor,
  query: TraceQuery,
  opts: { now: number; action: 'trace' | 'trace.csv' },
): Promise<TraceResult> {
  const pairs = await personPseudonyms(db, query.passIds, null);
  return db.transaction(async (tx) => {
    const visitRows = await tx.query<Record<string, unknown>>(
      `SELECT ${COLUMNS}
         FROM entries e ${PAIRS_JOIN}
         JOIN devices d ON d.id = e.device_id JOIN venues v ON v.id = e.venue_id
        WHERE e.at >= $3 AND e.at < $4
        ORDER BY e.at, e.id LIMIT ${MAX_VISITS + 1}`,
      [pairs.venueIds, pairs.passIds, query.from, query.to],
    );
    const visits = visitRows.map(traced);
    const contacts = visits.length
      ? await findContacts(tx, visits.slice(0, MAX_VISITS), query.hours, pairs.passIds)
      : [];
    const truncated = visits.length > MAX_VISITS || contacts.length > MAX_CONTACTS;
    const result: TraceResult = {
      visits: visits.slice(0, MAX_VISITS),
      contacts: contacts.slice(0, MAX_CONTACTS),
      people: 0,
      truncated,
      venueIds: [...new Set(visits.map((v) => v.venueId))],
    };
    const people = new Set<string>();
    result.contacts.forEach((c) => people.add(c.passId ?? `entry:${c.id}`));
    result.people = people.size;
    await audit(
      tx,
      actor,
      {
        action: opts.action,
        venueIds: result.venueIds,
        rows: result.visits.length + result.contacts.length,
        detail: {
          asked: query.described,
          from: query.from,
          to: query.to,
          hours: query.hours,
          visits: result.visits.length,
          contacts: result.contacts.length,
        },
      },
      opts.now,
    );
    return result;
  });
}
