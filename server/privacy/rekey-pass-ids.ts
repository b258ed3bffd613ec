// The data step of the privacy migration: entries stored before pseudonyms hold raw pass
// identities (`qid:…`, `cccd:…`, `manual:…`); each is replaced by the venue's pseudonym of
// it, in batches, at every start until none is left. Found through the partial index
// `entries_raw_pass_ids`, so once done it costs one empty index probe. Safe with several
// processes (each UPDATE only changes a row still holding the raw value it read), and
// resumable after a crash (each batch commits alone). Once it changed anything, the table is
// rewritten (VACUUM FULL) so that the raw values' old row versions leave its files; WAL
// written before the upgrade may hold them until PostgreSQL reuses those segments (a dump and
// restore into a new cluster removes them at once: docs/privacy.md).
import type { Database } from '../db/database';
import { storedPassId } from './pseudonymise';
import { venueSecret } from './venue-secrets';

const BATCH = 1000;

export async function rekeyRawPassIds(db: Database, now: number): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db.query<{ id: string; venue_id: string; pass_id: string }>(
      `SELECT id::text AS id, venue_id, pass_id FROM entries
        WHERE pass_id NOT LIKE 'p1:%' ORDER BY venue_id LIMIT ${BATCH}`,
    );
    if (rows.length === 0) return total;
    const ids: string[] = [];
    const from: string[] = [];
    const to: string[] = [];
    for (const r of rows) {
      ids.push(r.id);
      from.push(r.pass_id);
      to.push(storedPassId(await venueSecret(db, r.venue_id, now), r.pass_id)!);
    }
    const changed = await db.query(
      `UPDATE entries e SET pass_id = x.to_id
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, from_id, to_id)
        WHERE e.id = x.id AND e.pass_id = x.from_id RETURNING 1`,
      [ids, from, to],
    );
    total += changed.length;
  }
}

/**
 * Rewrites the entries table (every partition, on PostgreSQL) without the dead row versions
 * that still held raw ids, then asks for a checkpoint so that the WAL before it can be
 * recycled. CHECKPOINT needs a superuser (or pg_checkpoint) on PostgreSQL: a role without it
 * leaves that to PostgreSQL's own next checkpoint, minutes later.
 */
export async function purgeRawRemnants(db: Database): Promise<void> {
  await db.maintenance('VACUUM FULL entries');
  await db.maintenance('CHECKPOINT').catch((e: unknown) => {
    if ((e as { code?: unknown }).code !== '42501') throw e; // insufficient_privilege
  });
}
