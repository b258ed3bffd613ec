// Retention: each venue's entries older than its retention period (capped by the operator's
// maximum) are deleted, and every entry of an erased venue, in small batches so that uploads
// and pages keep their turn. Run periodically by one process at a time (a lease), and by the
// operator's "now" button. Each venue that lost entries gets one audit row per run.
//
// Where it meets the partitioned store: on PostgreSQL with entries partitioned by time, whole
// partitions older than every venue's retention can simply be dropped. That primitive belongs
// to the data layer; it comes in as `PartitionDropper`, called first with the oldest cutoff
// that holds for all venues, and the per-venue batches clean up what is left.
import type { Database } from '../db/database';
import { maxRetentionDays } from '../store/server-settings';
import { audit, SYSTEM_ACTOR, type AuditActor } from './audit-log';
import { deleteVenueBatch } from './erasure';

const DAY_MS = 24 * 60 * 60_000;

export interface PartitionDropper {
  /**
   * Drops whole partitions holding only entries older than `cutoff` (epoch ms; entries are
   * partitioned by their UUIDv7 id, made from the scan time); how many partitions it dropped.
   * The data layer's `dropEntryPartitionsBefore(db, cutoff)` fits: `(await …).length`. Rows
   * dropped this way get no per-venue audit row: they are older than every venue's retention.
   */
  dropEntriesOlderThan(db: Database, cutoff: number): Promise<number>;
}

export interface RetentionOptions {
  now: number;
  batch?: number;
  dropper?: PartitionDropper | null;
  actor?: AuditActor;
}

export interface RetentionRun {
  /** Entries deleted by the per-venue batches. */
  deleted: number;
  byVenue: Record<string, number>;
  /** Partitions the dropper dropped. */
  dropped: number;
}

export async function runRetention(db: Database, opts: RetentionOptions): Promise<RetentionRun> {
  const batch = opts.batch ?? 500;
  const max = await maxRetentionDays(db);
  const venues = await db.query<{ id: string; retention_days: number; erased: boolean }>(
    'SELECT id, retention_days, erased_at IS NOT NULL AS erased FROM venues ORDER BY id',
  );
  const days = (v: { retention_days: number }) => Math.min(v.retention_days, max);
  const run: RetentionRun = { deleted: 0, byVenue: {}, dropped: 0 };
  if (opts.dropper && venues.length > 0) {
    const longest = Math.max(...venues.map(days));
    run.dropped = await opts.dropper.dropEntriesOlderThan(db, opts.now - longest * DAY_MS);
  }
  for (const venue of venues) {
    const cutoff = venue.erased ? Number.MAX_SAFE_INTEGER : opts.now - days(venue) * DAY_MS;
    let deleted = 0;
    for (;;) {
      const n = await deleteVenueBatch(db, venue.id, cutoff, batch);
      deleted += n;
      if (n < batch) break;
      await new Promise((resolve) => setImmediate(resolve)); // let requests in between batches
    }
    if (deleted === 0) continue;
    run.deleted += deleted;
    run.byVenue[venue.id] = deleted;
    await audit(
      db,
      opts.actor ?? SYSTEM_ACTOR,
      {
        action: 'retention',
        venueIds: [venue.id],
        rows: deleted,
        detail: {
          olderThan: venue.erased ? null : cutoff,
          days: venue.erased ? null : days(venue),
        },
      },
      opts.now,
    );
  }
  return run;
}
