// Each venue's pseudonym secret: 32 random bytes, made the first time the venue needs one and
// never changed, in its own table (not beside the entries it keys). Given to the venue's
// kiosks at enrollment and by a signed request; used by the server to pseudonymise raw ids
// that older kiosks still upload, and to recompute pseudonyms for an audited tracing query.
// A secret never changes, so each process may keep the ones it has read.
import { randomBytes } from 'node:crypto';
import { readPseudonymSecret } from '../../src/core';
import type { Queryable } from '../db/database';

export interface VenueSecret {
  venueId: string;
  secret: Uint8Array;
}

const cache = new Map<string, Uint8Array>();
const CACHE_MAX = 10_000;

/** The venue's secret, made now if it has none yet. */
export async function venueSecret(
  db: Queryable,
  venueId: string,
  now: number,
): Promise<Uint8Array> {
  const cached = cache.get(venueId);
  if (cached) return cached;
  await db.query(
    `INSERT INTO venue_secrets (venue_id, secret, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (venue_id) DO NOTHING`,
    [venueId, randomBytes(32).toString('base64url'), now],
  );
  // Whoever inserted first, every process reads the same one.
  const [row] = await db.query<{ secret: string }>(
    'SELECT secret FROM venue_secrets WHERE venue_id = $1',
    [venueId],
  );
  const secret = row ? readPseudonymSecret(row.secret) : null;
  if (!secret) throw new Error(`venue ${venueId}: no usable pseudonym secret`);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(venueId, secret);
  return secret;
}

export const secretText = (secret: Uint8Array) => Buffer.from(secret).toString('base64url');

/** Every venue that has a secret (and so may hold pseudonyms), for tracing and erasure. */
export async function allVenueSecrets(
  db: Queryable,
  venueIds: readonly string[] | null = null,
): Promise<VenueSecret[]> {
  const rows = await db.query<{ venue_id: string; secret: string }>(
    venueIds
      ? 'SELECT venue_id, secret FROM venue_secrets WHERE venue_id = ANY($1::text[]) ORDER BY venue_id'
      : 'SELECT venue_id, secret FROM venue_secrets ORDER BY venue_id',
    venueIds ? [[...venueIds]] : [],
  );
  return rows.flatMap((r) => {
    const secret = readPseudonymSecret(r.secret);
    return secret ? [{ venueId: r.venue_id, secret }] : [];
  });
}

/** Erasing a venue removes its secret: its pseudonyms can never be recomputed again. */
export async function dropVenueSecret(db: Queryable, venueId: string): Promise<void> {
  await db.query('DELETE FROM venue_secrets WHERE venue_id = $1', [venueId]);
  cache.delete(venueId);
}
