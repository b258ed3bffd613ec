// The append-only audit log (a trigger refuses UPDATE, DELETE and TRUNCATE): every tracing
// query and its CSV, every erasure (a person, a venue, the retention job's), and the
// operator's account and venue changes. Who, when, what was asked (masked, never an
// identifier), how many rows, and which venues: their owners can read those rows.
import type { Queryable } from '../db/database';
import type { Role } from '../accounts/roles';

export type AuditAction =
  | 'trace'
  | 'trace.csv'
  | 'erase.person'
  | 'erase.venue'
  | 'retention'
  | 'user.invite'
  | 'user.disable'
  | 'user.reset'
  | 'venue.retention'
  | 'hook.set'
  | 'hook.remove';

export interface AuditActor {
  /** null: the server itself (a periodic job) or the admin token (the CLI). */
  id: string | null;
  login: string;
  role: Role | 'system' | 'admin-token';
}

export const SYSTEM_ACTOR: AuditActor = { id: null, login: 'system', role: 'system' };
export const ADMIN_TOKEN_ACTOR: AuditActor = {
  id: null,
  login: 'admin-token',
  role: 'admin-token',
};

export interface AuditRow {
  id: number;
  at: number;
  actorLogin: string;
  actorRole: string;
  action: string;
  venueIds: string[];
  rows: number;
  detail: Record<string, unknown>;
}

export async function audit(
  db: Queryable,
  actor: AuditActor,
  record: { action: AuditAction; venueIds?: readonly string[]; rows?: number; detail?: object },
  now: number,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (at, actor_id, actor_login, actor_role, action, venue_ids, row_count, detail)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8::jsonb)`,
    [
      now,
      actor.id,
      actor.login,
      actor.role,
      record.action,
      [...new Set(record.venueIds ?? [])],
      record.rows ?? 0,
      JSON.stringify(record.detail ?? {}),
    ],
  );
}

/**
 * The newest rows first: those naming any of `venueIds` (an owner), those made by `actorId`
 * (an authority's own queries), or all (the operator).
 */
export async function readAudit(
  db: Queryable,
  filter: { venueIds?: readonly string[]; actorId?: string },
  limit = 200,
): Promise<AuditRow[]> {
  const where = filter.venueIds
    ? 'WHERE venue_ids && $2::text[]'
    : filter.actorId
      ? 'WHERE actor_id = $2'
      : '';
  const params: unknown[] = [limit];
  if (filter.venueIds) params.push([...filter.venueIds]);
  else if (filter.actorId) params.push(filter.actorId);
  const rows = await db.query<{
    id: number;
    at: number;
    actor_login: string;
    actor_role: string;
    action: string;
    venue_ids: string[];
    row_count: number;
    detail: Record<string, unknown>;
  }>(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT $1`, params);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorLogin: r.actor_login,
    actorRole: r.actor_role,
    action: r.action,
    venueIds: r.venue_ids,
    rows: r.row_count,
    detail: r.detail,
  }));
}
