// Weekly partitions of `entries` on PostgreSQL (the .pg.sql of the entries-by-week migration).
// A week's partition covers the UUIDv7 ids made from Monday 00:00 UTC to the next Monday:
// `entries_w20260105` holds ids from uuidFloor(2026-01-05) up to uuidFloor(2026-01-12).
//
// The server creates the coming weeks ahead (at start and daily), so an insert never waits
// for DDL. Rows whose id falls outside every week go to `entries_default`; creating a week
// moves its rows out of the default first, so a week can be created whatever arrived before.
// Retention drops whole weeks older than a cutoff: milliseconds, a few kB of WAL, where a
// DELETE of the same rows rewrites them all. On PGlite there are no partitions: every function
// here does nothing there.
import { uuidFloor } from '../store/entry-guard';
import type { Database, Queryable } from './database';

const DAY_MS = 24 * 60 * 60_000;
export const WEEK_MS = 7 * DAY_MS;
/** Any fixed number; only partition maintenance takes this lock. */
const PARTITION_LOCK = 74_051_406;
const NAME = /^entries_w(\d{4})(\d{2})(\d{2})$/;

export interface EntryPartition {
  name: string;
  /** Ids from this time (epoch ms, inclusive) … */
  from: number;
  /** … to this one (exclusive). */
  to: number;
}

/** Monday 00:00 UTC at or before `ms`. */
export function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday = 0
  return (day - weekday) * DAY_MS;
}

export function partitionFor(ms: number): EntryPartition {
  const from = weekStart(ms);
  const d = new Date(from).toISOString();
  return {
    name: `entries_w${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}`,
    from,
    to: from + WEEK_MS,
  };
}

export async function isPartitioned(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ partitioned: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass('entries')) AS partitioned",
  );
  return row?.partitioned === true;
}

export async function listEntryPartitions(db: Queryable): Promise<EntryPartition[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = to_regclass('entries') ORDER BY c.relname`,
  );
  return rows
    .map((r) => NAME.exec(r.name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => partitionFor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** Creates the weekly partitions covering [fromMs, toMs) that are missing; returns their names. */
export async function ensureEntryPartitions(
  db: Database,
  fromMs: number,
  toMs: number,
): Promise<string[]> {
  if (db.kind !== 'postgres' || !(await isPartitioned(db))) return [];
  const created: string[] = [];
  for (let w = weekStart(fromMs); w < toMs; w += WEEK_MS) {
    const p = partitionFor(w);
    const made = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      const [exists] = await tx.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [
        p.name,
      ]);
      if (exists?.t) return false;
      const lo = uuidFloor(p.from);
      const hi = uuidFloor(p.to);
      // Names and bounds are made here from numbers, never from input: safe to inline.
      await tx.exec(`
        CREATE TABLE ${p.name} (LIKE entries INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
        WITH moved AS (DELETE FROM entries_default WHERE id >= '${lo}' AND id < '${hi}' RETURNING *)
          INSERT INTO ${p.name} SELECT * FROM moved;
        ALTER TABLE entries ATTACH PARTITION ${p.name} FOR VALUES FROM ('${lo}') TO ('${hi}');`);
      return true;
    });
    if (made) created.push(p.name);
  }
  return created;
}

/**
 * Drops every weekly partition whose ids all lie before `cutoffMs`: the retention primitive.
 * What is left before the cutoff (the week containing it, and the default partition) must be
 * deleted row by row, in batches, by the caller. Returns the partitions dropped.
 */
export async function dropEntryPartitionsBefore(
  db: Database,
  cutoffMs: number,
): Promise<EntryPartition[]> {
  if (db.kind !== 'postgres' || !(await isPartitioned(db))) return [];
  const old = (await listEntryPartitions(db)).filter((p) => p.to <= cutoffMs);
  if (old.length === 0) return [];
  // One transaction, one commit: the drops are catalog changes and file unlinks.
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
    // Waiting behind a long export is better than failing, but not for ever.
    await tx.exec(
      `SET LOCAL lock_timeout = '10s'; ${old.map((p) => `DROP TABLE IF EXISTS ${p.name};`).join(' ')}`,
    );
  });
  return old;
}
