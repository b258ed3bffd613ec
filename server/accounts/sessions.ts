// Server-side sessions: a random id in an HttpOnly cookie, its SHA-256 in the database. A
// session ends at its expiry (12 hours after sign-in), after two idle hours, at logout, when
// its account signs out everywhere or is disabled. Every server process on the database sees
// the same sessions.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Account, Role } from './roles';

export const SESSION_MS = 12 * 60 * 60_000;
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
/** last_seen_at is written at most this often (one write a minute per active session). */
const TOUCH_MS = 60_000;

const hashOf = (id: string) => createHash('sha256').update(`kiosk-session:${id}`).digest('hex');

export interface Session {
  /** The raw id: only ever in the cookie, never stored or logged. */
  id: string;
  account: Account;
  expiresAt: number;
}

export async function createSession(db: Queryable, userId: string, now: number): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.query(
    'INSERT INTO sessions (id_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)',
    [hashOf(id), userId, now, now + SESSION_MS],
  );
  return id;
}

/** The live session with this id and its (enabled) account, or null. */
export async function readSession(db: Queryable, id: string, now: number): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return null;
  const [row] = await db.query<{
    user_id: string;
    login: string;
    role: Role;
    expires_at: number;
    last_seen_at: number;
    venue_ids: string[] | null;
  }>(
    `SELECT s.user_id, u.login, u.role, s.expires_at, s.last_seen_at,
            (SELECT array_agg(uv.venue_id ORDER BY uv.venue_id) FROM user_venues uv
              WHERE uv.user_id = u.id) AS venue_ids
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.disabled_at IS NULL`,
    [hashOf(id), now, now - SESSION_IDLE_MS],
  );
  if (!row) return null;
  if (now - row.last_seen_at > TOUCH_MS)
    await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1', [hashOf(id), now]);
  return {
    id,
    expiresAt: row.expires_at,
    account: {
      id: row.user_id,
      login: row.login,
      role: row.role,
      venueIds: row.role === 'owner' ? (row.venue_ids ?? []) : [],
    },
  };
}

export async function endSession(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [hashOf(id)]);
}

/** "Log out everywhere": every session of the account, on every device. */
export async function endAllSessions(db: Queryable, userId: string): Promise<number> {
  return (await db.query('DELETE FROM sessions WHERE user_id = $1 RETURNING 1', [userId])).length;
}

export async function countSessions(db: Queryable, userId: string, now: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM sessions WHERE user_id = $1 AND expires_at > $2 AND last_seen_at > $3',
    [userId, now, now - SESSION_IDLE_MS],
  );
  return row?.n ?? 0;
}

export async function forgetEndedSessions(db: Queryable, now: number): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [
    now,
    now - SESSION_IDLE_MS,
  ]);
}
