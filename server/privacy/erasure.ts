// Erasure at a person's request, and of a whole venue. A person: every entry holding one of
// their pseudonyms (at every venue, or only an owner's venues), deleted in one transaction
// with its audit row. A venue: marked erased at once (devices revoked; codes, secret and door
// hook gone: its pseudonyms can never be recomputed; its owners keep reading its audit rows),
// then its entries
// deleted in small batches, by this request for a moment and by the retention job after.
import type { Database, Queryable } from '../db/database';
import { audit, type AuditActor } from './audit-log';
import { PAIRS_JOIN, personPseudonyms } from './person-pseudonyms';
import { dropVenueSecret } from './venue-secrets';

/** How many entries of this person there are (the confirmation page), within the scope. */
export async function countPersonEntries(
  db: Database,
  passIds: readonly string[],
  venueScope: readonly string[] | null,
): Promise<number> {
  const pairs = await personPseudonyms(db, passIds, venueScope);
  const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM entries e ${PAIRS_JOIN}`, [
    pairs.venueIds,
    pairs.passIds,
  ]);
  return row?.n ?? 0;
}

export async function erasePerson(
  db: Database,
  actor: AuditActor,
  person: { passIds: readonly string[]; described: readonly string[] },
  venueScope: readonly string[] | null,
  now: number,
): Promise<{ erased: number; venueIds: string[] }> {
  const pairs = await personPseudonyms(db, person.passIds, venueScope);
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ venue_id: string }>(
      `DELETE FROM entries x USING (SELECT e.id FROM entries e ${PAIRS_JOIN}) AS gone
        WHERE x.id = gone.id RETURNING x.venue_id`,
      [pairs.venueIds, pairs.passIds],
    );
    const venueIds = [...new Set(rows.map((r) => r.venue_id))];
    await audit(
      tx,
      actor,
      {
        action: 'erase.person',
        venueIds: venueScope ? [...new Set([...venueIds, ...venueScope])] : venueIds,
        rows: rows.length,
        detail: { asked: person.described },
      },
      now,
    );
    return { erased: rows.length, venueIds };
  });
}

/** Deletes up to `batch` entries of the venue older than `before`; how many it deleted. */
export async function deleteVenueBatch(
  db: Queryable,
  venueId: string,
  before: number,
  batch: number,
): Promise<number> {
  const rows = await db.query(
    `DELETE FROM entries WHERE id IN (
       SELECT id FROM entries WHERE venue_id = $1 AND at < $2 LIMIT $3) RETURNING 1`,
    [venueId, before, batch],
  );
  return rows.length;
}

export async function eraseVenue(
  db: Database,
  actor: AuditActor,
  venueId: string,
  now: number,
): Promise<{ entries: number } | null> {
  const marked = await db.transaction(async (tx) => {
    const [venue] = await tx.query<{ name: string }>(
      'UPDATE venues SET erased_at = $2 WHERE id = $1 AND erased_at IS NULL RETURNING name',
      [venueId, now],
    );
    if (!venue) return null;
    const [count] = await tx.query<{ n: number }>(
      'SELECT count(*) AS n FROM entries WHERE venue_id = $1',
      [venueId],
    );
    await tx.query(
      'UPDATE devices SET revoked_at = $2 WHERE venue_id = $1 AND revoked_at IS NULL',
      [venueId, now],
    );
    await tx.query('DELETE FROM enrollment_codes WHERE venue_id = $1 AND used_at IS NULL', [
      venueId,
    ]);
    await tx.query('DELETE FROM door_hooks WHERE venue_id = $1', [venueId]);
    await tx.query(
      'DELETE FROM device_status WHERE device_id IN (SELECT id FROM devices WHERE venue_id = $1)',
      [venueId],
    );
    await dropVenueSecret(tx, venueId);
    const entries = count?.n ?? 0;
    await audit(
      tx,
      actor,
      { action: 'erase.venue', venueIds: [venueId], rows: entries, detail: { name: venue.name } },
      now,
    );
    return { entries };
  });
  if (!marked) return null;
  // The first seconds' worth now; the retention job deletes whatever remains.
  const until = Date.now() + 2000;
  while (
    Date.now() < until &&
    (await deleteVenueBatch(db, venueId, Number.MAX_SAFE_INTEGER, 1000)) === 1000
  );
  return marked;
}
