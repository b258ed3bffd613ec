// A periodic job runs in one server process at a time, also with several processes on one
// PostgreSQL: the process that takes the job's lease runs it; a lease that is not renewed
// (a crashed holder) expires and another process takes it.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';

/** This process, as a lease holder. */
export const PROCESS_ID = `${process.pid}-${randomUUID().slice(0, 8)}`;

export async function takeLease(
  db: Queryable,
  name: string,
  now: number,
  ttlMs: number,
  holder = PROCESS_ID,
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO job_leases (name, holder, until_at) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until_at = EXCLUDED.until_at
       WHERE job_leases.until_at < $4 OR job_leases.holder = EXCLUDED.holder
     RETURNING 1`,
    [name, holder, now + ttlMs, now],
  );
  return rows.length > 0;
}

export async function releaseLease(
  db: Queryable,
  name: string,
  holder = PROCESS_ID,
): Promise<void> {
  await db.query('DELETE FROM job_leases WHERE name = $1 AND holder = $2', [name, holder]);
}
