// Slows password guessing down, in the database so that every server process counts the same
// attempts: at most 5 failed sign-ins per login since its last success, and 30 per client
// address, within 15 minutes. Each attempt is recorded before the password is checked, so
// parallel guesses count each other and none slips through between a count and a write.
// The client address is kept only as a hash, and only for a day.
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_CLIENT = 30;
const KEEP_MS = 24 * 60 * 60_000;

export const clientKey = (ip: string) =>
  createHash('sha256').update(`login-client:${ip}`).digest('base64url').slice(0, 22);

export type Attempt = { allowed: true; id: number } | { allowed: false; retryAfterS: number };

/** Records an attempt and says whether its password may be checked at all. */
export async function beginAttempt(
  db: Queryable,
  login: string,
  client: string,
  now: number,
): Promise<Attempt> {
  const [row] = await db.query<{ id: number }>(
    'INSERT INTO login_attempts (login, client, at) VALUES ($1, $2, $3) RETURNING id',
    [login, client, now],
  );
  const id = row!.id;
  const [counts] = await db.query<{ by_login: number; by_client: number }>(
    `SELECT
       (SELECT count(*) FROM login_attempts a
         WHERE a.login = $1 AND a.at > $3 AND a.succeeded IS NOT TRUE
           AND a.id > COALESCE((SELECT max(s.id) FROM login_attempts s
                                 WHERE s.login = $1 AND s.succeeded AND s.at > $3), 0)) AS by_login,
       (SELECT count(*) FROM login_attempts a
         WHERE a.client = $2 AND a.at > $3 AND a.succeeded IS NOT TRUE) AS by_client`,
    [login, client, now - THROTTLE_WINDOW_MS],
  );
  // This attempt is counted too: the sixth one in a row is the first refused.
  if (counts!.by_login > MAX_FAILURES_PER_LOGIN || counts!.by_client > MAX_FAILURES_PER_CLIENT) {
    await finishAttempt(db, id, false);
    return { allowed: false, retryAfterS: THROTTLE_WINDOW_MS / 1000 };
  }
  return { allowed: true, id };
}

export async function finishAttempt(db: Queryable, id: number, succeeded: boolean): Promise<void> {
  await db.query('UPDATE login_attempts SET succeeded = $2 WHERE id = $1', [id, succeeded]);
}

export async function forgetOldAttempts(db: Queryable, now: number): Promise<void> {
  await db.query('DELETE FROM login_attempts WHERE at < $1', [now - KEEP_MS]);
}
