// How many entries the server holds for one device of a venue, and the newest one's time.
import type { Queryable } from '../db/database';

export async function deviceEntryCount(
  db: Queryable,
  venueId: string,
  deviceId: string,
): Promise<{ entries: number; lastAt: number | null } | null> {
  const [device] = await db.query('SELECT 1 FROM devices WHERE id = $1 AND venue_id = $2', [
    deviceId,
    venueId,
  ]);
  if (!device) return null;
  const [row] = await db.query<{ entries: number; last_at: number | null }>(
    'SELECT count(*)::int AS entries, max(at) AS last_at FROM entries WHERE device_id = $1',
    [deviceId],
  );
  return { entries: row?.entries ?? 0, lastAt: row?.last_at ?? null };
}
