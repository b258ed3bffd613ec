// The pass key record (schema version 4) and the store's last guard on pass identities: every
// entry is written with its passId as a keyed pseudonym (`p1:…`), never the raw `qid:`,
// `cccd:`, `manual:` or `dcc:` identity. The check-in pipeline keys the identity itself before
// its duplicate look-up (Store.pseudonymOf); this guard covers every other way in (a restored
// backup from an older release, an import) inside the writing transaction.
import { encodeB64u, isPassPseudonym, passPseudonym, readPseudonymSecret } from '../core';
import type { Entry, PassKey } from '../model';
import { CURRENT, type KioskDb } from './schema';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { KioskSchema } from './schema';
import { runWrite } from './write-tx';

/** The pass key store inside a writing (or upgrading) transaction. */
export type PassKeyStore = IDBPObjectStore<
  KioskSchema,
  ArrayLike<StoreNames<KioskSchema>>,
  'passKey',
  'readwrite' | 'versionchange'
>;

/** A new local key: 32 random bytes from the platform's CSPRNG. */
export function newLocalPassKey(at: number): PassKey {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return { secret: encodeB64u(bytes), source: 'local', venueId: null, since: at };
}

/** The key's 32 bytes; a damaged record is an error, never a silently weaker key. */
export function passKeyBytes(key: PassKey): Uint8Array {
  const bytes = readPseudonymSecret(key.secret);
  if (!bytes) throw new Error('the stored pass key is not 32 bytes');
  return bytes;
}

/** True when the entry's passId is a raw identity, not yet a pseudonym. */
export function hasRawPassId(entry: Pick<Entry, 'passId'>): boolean {
  return entry.passId !== null && !isPassPseudonym(entry.passId);
}

/** `entry` with its passId keyed by `secret` (the same object when there is nothing to key). */
export function keyedEntry<E extends Pick<Entry, 'passId'>>(entry: E, secret: Uint8Array): E {
  return hasRawPassId(entry) ? { ...entry, passId: passPseudonym(secret, entry.passId!) } : entry;
}

export async function getPassKey(db: KioskDb): Promise<PassKey | null> {
  return (await db.get('passKey', CURRENT)) ?? null;
}

/** The stored key, or a new local one stored now (a database the v4 step did not fill). */
export async function ensurePassKey(db: KioskDb, at: number): Promise<PassKey> {
  return (
    (await getPassKey(db)) ??
    runWrite(db, ['passKey'], (tx) => keyIn(tx.objectStore('passKey'), at), 'strict')
  );
}

/** Inside a write: the stored key, made and stored first if there is none. */
export async function keyIn(store: PassKeyStore, at: number): Promise<PassKey> {
  const stored = await store.get(CURRENT);
  if (stored) return stored;
  const fresh = newLocalPassKey(at);
  await store.put(fresh, CURRENT);
  return fresh;
}

/**
 * Takes the venue's secret into use. Resolves true when the key changed: entries logged
 * before keep the pseudonyms of the old key (their raw identities are gone), so the re-entry
 * rule does not match across the change for one window (docs/privacy.md).
 */
export function adoptVenueSecret(
  db: KioskDb,
  venueId: string,
  secret: string,
  at: number,
): Promise<boolean> {
  if (!readPseudonymSecret(secret)) return Promise.reject(new Error('not a 32-byte secret'));
  return runWrite(
    db,
    ['passKey'],
    async (tx) => {
      const stored = await tx.store.get(CURRENT);
      if (stored?.source === 'venue' && stored.venueId === venueId && stored.secret === secret)
        return false;
      await tx.store.put({ secret, source: 'venue', venueId, since: at }, CURRENT);
      return true;
    },
    'strict',
  );
}
