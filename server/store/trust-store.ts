// The trust roots this server accepts bundles from, and the bundles it has published. The
// latest bundle (highest seq) is the one kiosks fetch.
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

export interface TrustRootRow {
  kid: string;
  publicKey: string;
  label: string;
}

export interface PublishedBundle {
  seq: number;
  envelope: string;
  etag: string;
  rootKid: string;
  publishedAt: number;
}

export async function addTrustRoot(
  db: Queryable,
  root: TrustRootRow,
  now: number,
): Promise<boolean> {
  const rows = await db.query(
    'INSERT INTO trust_roots (kid, public_key, label, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING kid',
    [root.kid, root.publicKey, root.label, now],
  );
  return rows.length > 0;
}

/** A retired root: bundles it signs are refused from now on (those published stay). */
export async function removeTrustRoot(db: Queryable, kid: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM trust_roots WHERE kid = $1 RETURNING kid', [kid]);
  return rows.length > 0;
}

export async function listTrustRoots(db: Queryable): Promise<TrustRootRow[]> {
  const rows = await db.query<{ kid: string; public_key: string; label: string }>(
    'SELECT kid, public_key, label FROM trust_roots ORDER BY added_at, kid',
  );
  return rows.map((r) => ({ kid: r.kid, publicKey: r.public_key, label: r.label }));
}

/** A strong ETag: the seq, and a hash of the exact envelope text served. */
export function bundleEtag(seq: number, envelope: string): string {
  return `"b${seq}-${createHash('sha256').update(envelope).digest('base64url').slice(0, 16)}"`;
}

export async function latestBundle(db: Queryable): Promise<PublishedBundle | null> {
  const [row] = await db.query<{
    seq: number;
    envelope: string;
    etag: string;
    root_kid: string;
    published_at: number;
  }>(
    'SELECT seq, envelope, etag, root_kid, published_at FROM trust_bundles ORDER BY seq DESC LIMIT 1',
  );
  return row
    ? {
        seq: row.seq,
        envelope: row.envelope,
        etag: row.etag,
        rootKid: row.root_kid,
        publishedAt: row.published_at,
      }
    : null;
}

/** Inserts unless a bundle with this seq or a higher one exists; false when refused so. */
export async function insertBundle(
  db: Queryable,
  bundle: Omit<PublishedBundle, 'etag'>,
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO trust_bundles (seq, envelope, etag, root_kid, published_at)
     SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM trust_bundles WHERE seq >= $1)
     ON CONFLICT DO NOTHING RETURNING seq`,
    [
      bundle.seq,
      bundle.envelope,
      bundleEtag(bundle.seq, bundle.envelope),
      bundle.rootKid,
      bundle.publishedAt,
    ],
  );
  return rows.length > 0;
}
