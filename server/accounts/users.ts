// Accounts in the database: created by accepting an invite, listed and disabled by the
// operator. Disabling ends every session of the account at once.
import { uuidv7 } from '../../src/core';
import type { Queryable } from '../db/database';
import type { Account, Role } from './roles';

export interface UserRow extends Account {
  createdAt: number;
  disabledAt: number | null;
}

type Raw = {
  id: string;
  login: string;
  role: Role;
  created_at: number;
  disabled_at: number | null;
  venue_ids: string[] | null;
};

const SELECT = `SELECT u.id, u.login, u.role, u.created_at, u.disabled_at,
    (SELECT array_agg(uv.venue_id ORDER BY uv.venue_id) FROM user_venues uv WHERE uv.user_id = u.id) AS venue_ids
  FROM users u`;

const toUser = (r: Raw): UserRow => ({
  id: r.id,
  login: r.login,
  role: r.role,
  venueIds: r.venue_ids ?? [],
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
});

export async function createUser(
  db: Queryable,
  user: { login: string; role: Role; passwordHash: string; venueIds: readonly string[] },
  now: number,
): Promise<UserRow | null> {
  const id = uuidv7(now);
  const inserted = await db.query(
    `INSERT INTO users (id, login, role, password_hash, created_at, password_changed_at)
     VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (login) DO NOTHING RETURNING id`,
    [id, user.login, user.role, user.passwordHash, now],
  );
  if (inserted.length === 0) return null;
  if (user.venueIds.length)
    await db.query(
      `INSERT INTO user_venues (user_id, venue_id) SELECT $1, v FROM unnest($2::text[]) AS v
       ON CONFLICT DO NOTHING`,
      [id, [...user.venueIds]],
    );
  return getUser(db, id);
}

export async function getUser(db: Queryable, id: string): Promise<UserRow | null> {
  const [row] = await db.query<Raw>(`${SELECT} WHERE u.id = $1`, [id]);
  return row ? toUser(row) : null;
}

export async function listUsers(db: Queryable): Promise<UserRow[]> {
  return (await db.query<Raw>(`${SELECT} ORDER BY u.role, u.login`)).map(toUser);
}

/** The account and its password hash, for signing in; disabled accounts included. */
export async function findByLogin(
  db: Queryable,
  login: string,
): Promise<{ user: UserRow; passwordHash: string } | null> {
  const [row] = await db.query<Raw & { password_hash: string }>(
    `${SELECT.replace('u.disabled_at,', 'u.disabled_at, u.password_hash,')} WHERE u.login = $1`,
    [login],
  );
  return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
}

export async function setPassword(
  db: Queryable,
  userId: string,
  passwordHash: string,
  now: number,
): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE id = $1', [
    userId,
    passwordHash,
    now,
  ]);
}

/** Disables the account and ends its sessions; false when unknown or disabled already. */
/** Enables a disabled account again with a new password (the demo owner, demo-owner.ts). */
export async function enableUser(
  db: Queryable,
  userId: string,
  passwordHash: string,
  now: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE users SET disabled_at = NULL, password_hash = $2, password_changed_at = $3
     WHERE id = $1 AND disabled_at IS NOT NULL RETURNING id`,
    [userId, passwordHash, now],
  );
  return rows.length > 0;
}

export async function disableUser(db: Queryable, userId: string, now: number): Promise<boolean> {
  const rows = await db.query(
    'UPDATE users SET disabled_at = $2 WHERE id = $1 AND disabled_at IS NULL RETURNING id',
    [userId, now],
  );
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return rows.length > 0;
}
