// The one way the store writes: a readwrite transaction that resolves only once IndexedDB has
// committed it (`tx.done`), with failures mapped to StoreError. (Tests make writes fail by
// wrapping the database handle: test/store/support/faulty-db.ts.)
import type { IDBPTransaction, StoreNames } from 'idb';
import type { KioskDb, KioskSchema } from './schema';
import { toStoreError } from './store-error';

type Names = StoreNames<KioskSchema>[];
export type WriteTx<N extends Names> = IDBPTransaction<KioskSchema, N, 'readwrite'>;
export type Durability = 'strict' | 'relaxed' | 'default';

/**
 * Runs `body` in one readwrite transaction over `stores`; resolves with its result only after
 * the commit. `body` may await only requests of `tx` (idb's rule: anything else lets the
 * transaction auto-commit early). 'strict' durability flushes to disk before `complete`, for the writes
 * that must survive a power cut; the rest use the browser's default.
 */
export async function runWrite<const N extends Names, T>(
  db: KioskDb,
  stores: N,
  body: (tx: WriteTx<N>) => Promise<T>,
  durability: Durability = 'default',
): Promise<T> {
  let tx: WriteTx<N>;
  try {
    tx = db.transaction(stores, 'readwrite', { durability });
  } catch (e) {
    throw toStoreError(e, 'unavailable');
  }
  try {
    const [result] = await Promise.all([body(tx), tx.done]);
    return result;
  } catch (e) {
    // A failed request rejects first with the real cause; a failed commit (where Chromium
    // reports a full disk) only through tx.done, whose AbortError hides it in tx.error.
    const cause = e instanceof Error && e.name === 'AbortError' ? (errorOf(tx) ?? e) : e;
    try {
      tx.abort(); // `body` may have thrown with the transaction still open.
    } catch {
      // Already finished or aborted: nothing of it was committed.
    }
    throw toStoreError(cause);
  }
}

function errorOf(tx: { readonly error: DOMException | null }): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null; // Older engines throw while the transaction is still active.
  }
}
