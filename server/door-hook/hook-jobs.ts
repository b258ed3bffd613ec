// The door hook's queue, in the database: a job per admitted entry, written in the same
// transaction as the upload that brought it (so it survives a crash), claimed by one server
// process at a time (FOR UPDATE SKIP LOCKED and a lease), retried with growing delays, given
// up after a while: a door that opens minutes late is worse than one that does not.
import type { WireEntry } from '../../src/sync/wire';
import type { Queryable } from '../db/database';

/** Only entries this fresh at upload ring the door; a kiosk's backlog from offline does not. */
export const HOOK_MAX_ENTRY_AGE_MS = 2 * 60_000;
/** Retries stop this long after the entry was received, or after this many attempts. */
export const HOOK_GIVE_UP_MS = 10 * 60_000;
export const HOOK_MAX_ATTEMPTS = 8;
const LEASE_MS = 30_000;

const admitted = (e: WireEntry) =>
  e.verdict === 'admit' || (e.verdict === 'review' && e.decision === 'admit');

export interface HookEvent {
  event: 'admit';
  venueId: string;
  deviceId: string;
  entryId: string;
  direction: 'in' | 'out';
  /** When the person was admitted (the kiosk's clock, epoch ms). */
  at: number;
}

/** Queues the batch's fresh admits for a venue with a hook; re-sent entries queue nothing. */
export async function enqueueDoorHooks(
  db: Queryable,
  device: { deviceId: string; venueId: string },
  entries: readonly WireEntry[],
  now: number,
): Promise<number> {
  const fresh = entries.filter((e) => admitted(e) && Math.abs(now - e.at) <= HOOK_MAX_ENTRY_AGE_MS);
  if (fresh.length === 0) return 0;
  const bodies = fresh.map((e) =>
    JSON.stringify({
      event: 'admit',
      venueId: device.venueId,
      deviceId: device.deviceId,
      entryId: e.id,
      direction: e.direction,
      at: e.at,
    } satisfies HookEvent),
  );
  const rows = await db.query(
    `INSERT INTO door_hook_jobs (venue_id, entry_id, body, created_at, next_at)
     SELECT h.venue_id, x.id, x.body, $4, $4
       FROM door_hooks h, unnest($2::uuid[], $3::text[]) AS x(id, body)
      WHERE h.venue_id = $1
     ON CONFLICT (entry_id) DO NOTHING RETURNING 1`,
    [device.venueId, fresh.map((e) => e.id), bodies, now],
  );
  return rows.length;
}

export interface ClaimedJob {
  id: number;
  venueId: string;
  body: string;
  attempts: number;
  createdAt: number;
  url: string | null;
  secret: string | null;
}

export async function claimDueJobs(db: Queryable, now: number, limit = 20): Promise<ClaimedJob[]> {
  const rows = await db.query<{
    id: number;
    venue_id: string;
    body: string;
    attempts: number;
    created_at: number;
    url: string | null;
    secret: string | null;
  }>(
    `WITH due AS (
       SELECT id FROM door_hook_jobs
        WHERE done_at IS NULL AND failed_at IS NULL AND next_at <= $1
          AND (locked_until IS NULL OR locked_until < $1)
        ORDER BY next_at LIMIT $2 FOR UPDATE SKIP LOCKED),
     claimed AS (
       UPDATE door_hook_jobs j SET locked_until = $1 + ${LEASE_MS}, attempts = j.attempts + 1
         FROM due WHERE j.id = due.id
       RETURNING j.id, j.venue_id, j.body, j.attempts, j.created_at)
     SELECT c.*, h.url, h.secret FROM claimed c LEFT JOIN door_hooks h ON h.venue_id = c.venue_id`,
    [now, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    venueId: r.venue_id,
    body: r.body,
    attempts: r.attempts,
    createdAt: r.created_at,
    url: r.url,
    secret: r.secret,
  }));
}

export async function jobDelivered(db: Queryable, id: number, now: number): Promise<void> {
  await db.query('UPDATE door_hook_jobs SET done_at = $2, locked_until = NULL WHERE id = $1', [
    id,
    now,
  ]);
}

/** The first retry's delay; each next one doubles it, up to a minute. */
export const HOOK_RETRY_BASE_MS = 1000;

/** Schedules the next attempt (1 s, 2 s, 4 s … at most a minute), or gives up. */
export async function jobFailed(
  db: Queryable,
  job: Pick<ClaimedJob, 'id' | 'attempts' | 'createdAt'>,
  error: string,
  now: number,
  retryBaseMs = HOOK_RETRY_BASE_MS,
): Promise<'retry' | 'given-up'> {
  const giveUp = job.attempts >= HOOK_MAX_ATTEMPTS || now - job.createdAt >= HOOK_GIVE_UP_MS;
  const delay = Math.min(60_000, retryBaseMs * 2 ** (job.attempts - 1));
  await db.query(
    `UPDATE door_hook_jobs SET locked_until = NULL, last_error = $2,
       next_at = $3, failed_at = CASE WHEN $4 THEN $5::bigint ELSE NULL END WHERE id = $1`,
    [job.id, error.slice(0, 200), now + delay, giveUp, now],
  );
  return giveUp ? 'given-up' : 'retry';
}

/** Finished jobs are kept a day (for the pages' delivery figures). */
export async function forgetOldJobs(db: Queryable, now: number): Promise<void> {
  await db.query(
    'DELETE FROM door_hook_jobs WHERE (done_at IS NOT NULL OR failed_at IS NOT NULL) AND created_at < $1',
    [now - 24 * 60 * 60_000],
  );
}
