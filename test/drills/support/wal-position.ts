// Where PostgreSQL writes in its current WAL segment, and a filler that leaves a few bytes on
// the file system a directory is on: for the disk-full drill's WAL-segment case.
import { statfsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Queryable } from '../../../server/db/database';

const SEGMENT = 16 * 1024 * 1024;

export async function walLeftInSegment(db: Queryable): Promise<number> {
  const [row] = await db.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
  const low = parseInt(row!.lsn.split('/')[1]!, 16);
  return SEGMENT - (low % SEGMENT);
}

/** Fills the file system of `dir`'s parent until `leave` bytes are free. */
export function mountedFree(dir: string, leave: number): void {
  const s = statfsSync(dir);
  const size = Number(s.bavail) * Number(s.bsize) - leave;
  if (size > 0) writeFileSync(join(dirname(dir), 'filler-wal'), Buffer.alloc(size));
}
