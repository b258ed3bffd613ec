// A venue's door hook: the URL the server POSTs to on every admit (a door opener, a turnstile,
// a visitor system), and the HMAC key it signs with. Set by the operator only: the server
// makes requests to that URL, so who may choose it is a server-side decision (no owner can
// point the server at an internal address).
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';

export interface DoorHook {
  venueId: string;
  url: string;
  /** b64u of 32 random bytes; shown once to the operator, who gives it to the receiver. */
  secret: string;
  createdAt: number;
}

/** http(s) only, no user info, at most 500 characters; null when the text is not such a URL. */
export function hookUrl(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > 500) return null;
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password)
      return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Sets (or replaces) the hook; a new secret each time. */
export async function setDoorHook(
  db: Queryable,
  venueId: string,
  url: string,
  now: number,
): Promise<DoorHook> {
  const hook = { venueId, url, secret: randomBytes(32).toString('base64url'), createdAt: now };
  await db.query(
    `INSERT INTO door_hooks (venue_id, url, secret, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (venue_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret,
       created_at = EXCLUDED.created_at`,
    [venueId, url, hook.secret, now],
  );
  return hook;
}

export async function removeDoorHook(db: Queryable, venueId: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM door_hooks WHERE venue_id = $1 RETURNING 1', [venueId]);
  await db.query(
    "UPDATE door_hook_jobs SET failed_at = created_at, last_error = 'hook removed' WHERE venue_id = $1 AND done_at IS NULL AND failed_at IS NULL",
    [venueId],
  );
  return rows.length > 0;
}

export async function getDoorHook(db: Queryable, venueId: string): Promise<DoorHook | null> {
  const [row] = await db.query<{ url: string; secret: string; created_at: number }>(
    'SELECT url, secret, created_at FROM door_hooks WHERE venue_id = $1',
    [venueId],
  );
  return row ? { venueId, url: row.url, secret: row.secret, createdAt: row.created_at } : null;
}

/** Every venue's hook URL (the operator's overview: one query, not one per venue). */
export async function doorHookUrls(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.query<{ venue_id: string; url: string }>(
    'SELECT venue_id, url FROM door_hooks',
  );
  return new Map(rows.map((r) => [r.venue_id, r.url]));
}

export interface HookHealth {
  delivered: number;
  failed: number;
  waiting: number;
  lastError: string | null;
}

/** Deliveries of the last day, for the owner and operator pages. */
export async function doorHookHealth(
  db: Queryable,
  venueId: string,
  now: number,
): Promise<HookHealth> {
  const [row] = await db.query<{
    delivered: number;
    failed: number;
    waiting: number;
    last_error: string | null;
  }>(
    `SELECT count(*) FILTER (WHERE done_at IS NOT NULL) AS delivered,
            count(*) FILTER (WHERE failed_at IS NOT NULL) AS failed,
            count(*) FILTER (WHERE done_at IS NULL AND failed_at IS NULL) AS waiting,
            (SELECT last_error FROM door_hook_jobs WHERE venue_id = $1 AND last_error IS NOT NULL
              ORDER BY id DESC LIMIT 1) AS last_error
       FROM door_hook_jobs WHERE venue_id = $1 AND created_at > $2`,
    [venueId, now - 24 * 60 * 60_000],
  );
  return {
    delivered: row?.delivered ?? 0,
    failed: row?.failed ?? 0,
    waiting: row?.waiting ?? 0,
    lastError: row?.last_error ?? null,
  };
}
