// How many entries each device has had stored per UTC day: the daily sanity limit. A door
// checks in at most a few thousand people a day; a device far above that is broken or
// hostile, and is told to come back tomorrow (429 DAILY_QUOTA) while its entries stay on it.
import type { Queryable } from '../db/database';

const DAY_MS = 24 * 60 * 60_000;

export const utcDay = (ms: number) => Math.floor(ms / DAY_MS);

/** Seconds until the next UTC midnight (the Retry-After of DAILY_QUOTA), at least 1. */
export const secondsToNextDay = (ms: number) =>
  Math.max(1, Math.ceil(((utcDay(ms) + 1) * DAY_MS - ms) / 1000));

export async function intakeOn(db: Queryable, deviceId: string, day: number): Promise<number> {
  const [row] = await db.query<{ entries: number }>(
    'SELECT entries FROM device_intake WHERE device_id = $1 AND day = $2',
    [deviceId, day],
  );
  return row?.entries ?? 0;
}

export async function addIntake(
  db: Queryable,
  deviceId: string,
  day: number,
  entries: number,
): Promise<void> {
  if (entries <= 0) return;
  await db.query(
    `INSERT INTO device_intake (device_id, day, entries) VALUES ($1, $2, $3)
     ON CONFLICT (device_id, day) DO UPDATE SET entries = device_intake.entries + EXCLUDED.entries`,
    [deviceId, day, entries],
  );
}

export async function forgetIntakeBefore(db: Queryable, day: number): Promise<void> {
  await db.query('DELETE FROM device_intake WHERE day < $1', [day]);
}
