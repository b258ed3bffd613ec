// Retention's partition primitive (PartitionDropper, retention.ts) as the data layer provides
// it: whole weekly partitions of `entries` older than the cutoff are dropped
// (server/db/entry-partitions.ts). On PGlite, or a PostgreSQL not yet partitioned, it drops
// nothing and the per-venue batches do all the work.
import { dropEntryPartitionsBefore } from '../db/entry-partitions';
import type { PartitionDropper } from './retention';

export const entryPartitionDropper: PartitionDropper = {
  dropEntriesOlderThan: async (db, cutoff) => (await dropEntryPartitionsBefore(db, cutoff)).length,
};
