// What request authentication needs to know about a device, and the nonces it has used.
import type { Queryable } from '../db/database';

export interface DeviceKeyRow {
  deviceId: string;
  venueId: string;
  publicKey: string;
  revoked: boolean;
}

export async function getDeviceKey(db: Queryable, deviceId: string): Promise<DeviceKeyRow | null> {
  const [row] = await db.query<{ venue_id: string; public_key: string; revoked_at: number | null }>(
    'SELECT venue_id, public_key, revoked_at FROM devices WHERE id = $1',
    [deviceId],
  );
  return row
    ? {
        deviceId,
        venueId: row.venue_id,
        publicKey: row.public_key,
        revoked: row.revoked_at !== null,
      }
    : null;
}

/**
 * Records a request's nonce; false when this device used it before (a replay). Nonces older
 * than the accepted clock skew can be forgotten: their requests are refused by timestamp.
 */
export async function rememberNonce(
  db: Queryable,
  deviceId: string,
  nonce: string,
  now: number,
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO request_nonces (device_id, nonce, seen_at) VALUES ($1, $2, $3)
     ON CONFLICT (device_id, nonce) DO NOTHING RETURNING nonce`,
    [deviceId, nonce, now],
  );
  return rows.length > 0;
}

export async function forgetNoncesBefore(db: Queryable, before: number): Promise<void> {
  await db.query('DELETE FROM request_nonces WHERE seen_at < $1', [before]);
}

/** Last seen, to the minute: a device uploading many batches writes its row once a minute. */
export async function touchDevice(db: Queryable, deviceId: string, now: number): Promise<void> {
  await db.query(
    'UPDATE devices SET last_seen_at = $2 WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $2::bigint - 60000)',
    [deviceId, now],
  );
}
