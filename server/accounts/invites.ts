// One-time invite links: the operator (CLI, admin API or operator page) makes one for a role
// and its venues; the person opens it within minutes, picks a password and is signed in. A
// link with a user id sets a new password for that account instead (a reset). Only a hash
// of the token is stored; the link works once, spent in the same transaction that creates
// the account or sets the password.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Role } from './roles';

export const DEFAULT_INVITE_MINUTES = 30;
export const MAX_INVITE_MINUTES = 24 * 60;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) =>
  createHash('sha256').update(`kiosk-invite:${token}`).digest('hex');

export interface InviteSpec {
  role: Role;
  venueIds: string[];
  /** Fixed login for the new account (optional), or the login of the account being reset. */
  login: string | null;
  /** Set: a password reset of this account. */
  userId: string | null;
  createdBy: string;
}

export interface Invite extends InviteSpec {
  expiresAt: number;
}

export type InviteState = { ok: true; invite: Invite } | { ok: false; refusal: InviteRefusal };
export type InviteRefusal = 'INVITE_UNKNOWN' | 'INVITE_USED' | 'INVITE_EXPIRED';

export async function createInvite(
  db: Queryable,
  spec: InviteSpec,
  now: number,
  minutes = DEFAULT_INVITE_MINUTES,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + minutes * 60_000;
  await db.query(
    `INSERT INTO invites (token_hash, role, venue_ids, login, user_id, created_by, created_at, expires_at)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8)`,
    [
      hashOf(token),
      spec.role,
      JSON.stringify(spec.venueIds),
      spec.login,
      spec.userId,
      spec.createdBy,
      now,
      expiresAt,
    ],
  );
  return { token, expiresAt };
}

type Raw = {
  role: Role;
  venue_ids: string[];
  login: string | null;
  user_id: string | null;
  created_by: string;
  expires_at: number;
  used_at: number | null;
};

const toInvite = (r: Raw): Invite => ({
  role: r.role,
  venueIds: Array.isArray(r.venue_ids) ? r.venue_ids : [],
  login: r.login,
  userId: r.user_id,
  createdBy: r.created_by,
  expiresAt: r.expires_at,
});

/** What the link offers, without spending it (the form page). */
export async function readInvite(db: Queryable, token: string, now: number): Promise<InviteState> {
  if (!TOKEN.test(token)) return { ok: false, refusal: 'INVITE_UNKNOWN' };
  const [row] = await db.query<Raw>(
    'SELECT role, venue_ids, login, user_id, created_by, expires_at, used_at FROM invites WHERE token_hash = $1',
    [hashOf(token)],
  );
  if (!row) return { ok: false, refusal: 'INVITE_UNKNOWN' };
  if (row.used_at !== null) return { ok: false, refusal: 'INVITE_USED' };
  if (now >= row.expires_at) return { ok: false, refusal: 'INVITE_EXPIRED' };
  return { ok: true, invite: toInvite(row) };
}

/** Spends the link (inside the caller's transaction); the refusal when it cannot be. */
export async function spendInvite(db: Queryable, token: string, now: number): Promise<InviteState> {
  if (!TOKEN.test(token)) return { ok: false, refusal: 'INVITE_UNKNOWN' };
  const [row] = await db.query<Raw>(
    `UPDATE invites SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
     RETURNING role, venue_ids, login, user_id, created_by, expires_at, used_at`,
    [hashOf(token), now],
  );
  return row ? { ok: true, invite: toInvite(row) } : readInvite(db, token, now);
}

export async function forgetOldInvites(db: Queryable, now: number): Promise<void> {
  await db.query('DELETE FROM invites WHERE expires_at < $1', [now - 7 * 24 * 60 * 60_000]);
}
