// One-time enrollment codes: issued for a venue, valid until they expire, spent by the first
// device that presents one. Spending and creating the device happen in one transaction, so
// a code is never used up by a device that was not created, nor used twice. The device that
// spent a code may present it again with the same key and gets the same answer (a retry).
import { createHash, randomInt } from 'node:crypto';
import { uuidv7 } from '../../src/core';
import { CODE_ALPHABET, CODE_LENGTH } from '../../src/sync/wire';
import type { Database, Queryable } from '../db/database';

export const DEFAULT_CODE_TTL_MS = 24 * 60 * 60_000;

export interface IssuedCode {
  /** The canonical 10 characters (see normaliseEnrollmentCode). */
  code: string;
  venueId: string;
  expiresAt: number;
}

export type CodeState = 'unknown' | 'used' | 'expired' | 'usable';

export type EnrollRefusal = 'CODE_UNKNOWN' | 'CODE_USED' | 'CODE_EXPIRED' | 'KEY_IN_USE';

export interface EnrolledDevice {
  deviceId: string;
  venueId: string;
  venueName: string;
}

export const hashCode = (code: string) =>
  createHash('sha256').update(`kiosk-enroll:${code}`).digest('hex');

export async function issueCode(
  db: Queryable,
  venueId: string,
  now: number,
  ttlMs = DEFAULT_CODE_TTL_MS,
): Promise<IssuedCode> {
  const code = Array.from(
    { length: CODE_LENGTH },
    () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
  ).join('');
  const expiresAt = now + ttlMs;
  await db.query(
    'INSERT INTO enrollment_codes (code_hash, venue_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [hashCode(code), venueId, now, expiresAt],
  );
  return { code, venueId, expiresAt };
}

export async function codeState(db: Queryable, code: string, now: number): Promise<CodeState> {
  const [row] = await db.query<{ used_at: number | null; expires_at: number }>(
    'SELECT used_at, expires_at FROM enrollment_codes WHERE code_hash = $1',
    [hashCode(code)],
  );
  if (!row) return 'unknown';
  if (row.used_at !== null) return 'used';
  return now >= row.expires_at ? 'expired' : 'usable';
}

/** Spends the code and creates the device, or says why not. */
export type EnrollResult =
  { ok: true; device: EnrolledDevice } | { ok: false; refusal: EnrollRefusal };

export async function enrollWithCode(
  db: Database,
  input: { code: string; publicKey: string; label: string },
  now: number,
): Promise<EnrollResult> {
  return db
    .transaction(async (tx): Promise<EnrollResult> => {
      const deviceId = uuidv7(now);
      const [spent] = await tx.query<{ venue_id: string }>(
        `UPDATE enrollment_codes SET used_at = $2
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING venue_id`,
        [hashCode(input.code), now],
      );
      if (!spent) {
        // The same kiosk asking again (its answer was lost, or its tab closed before it
        // saved it): the same device, the same answer. Any other key is refused.
        const again = await sameDeviceAgain(tx, input.code, input.publicKey);
        if (again) return { ok: true, device: again };
        const state = await codeState(tx, input.code, now);
        return {
          ok: false,
          refusal:
            state === 'used' ? 'CODE_USED' : state === 'expired' ? 'CODE_EXPIRED' : 'CODE_UNKNOWN',
        };
      }
      const inserted = await tx.query(
        `INSERT INTO devices (id, venue_id, public_key, label, enrolled_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (public_key) DO NOTHING RETURNING id`,
        [deviceId, spent.venue_id, input.publicKey, input.label, now],
      );
      // A key already enrolled: roll back, so the code stays usable for a proper device.
      if (inserted.length === 0) throw new KeyInUse();
      await tx.query('UPDATE enrollment_codes SET device_id = $2 WHERE code_hash = $1', [
        hashCode(input.code),
        deviceId,
      ]);
      const [venue] = await tx.query<{ name: string }>('SELECT name FROM venues WHERE id = $1', [
        spent.venue_id,
      ]);
      return {
        ok: true,
        device: { deviceId, venueId: spent.venue_id, venueName: venue?.name ?? '' },
      };
    })
    .catch((e: unknown): EnrollResult => {
      if (e instanceof KeyInUse) return { ok: false, refusal: 'KEY_IN_USE' };
      throw e;
    });
}

class KeyInUse extends Error {}

/** The device this code enrolled, if it has this public key and is not revoked. */
async function sameDeviceAgain(
  db: Queryable,
  code: string,
  publicKey: string,
): Promise<EnrolledDevice | null> {
  const [row] = await db.query<{ id: string; venue_id: string; name: string }>(
    `SELECT d.id, d.venue_id, v.name
       FROM enrollment_codes c
       JOIN devices d ON d.id = c.device_id
       JOIN venues v ON v.id = d.venue_id
      WHERE c.code_hash = $1 AND d.public_key = $2 AND d.revoked_at IS NULL`,
    [hashCode(code), publicKey],
  );
  return row ? { deviceId: row.id, venueId: row.venue_id, venueName: row.name } : null;
}
