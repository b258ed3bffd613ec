// What the kiosk keeps in IndexedDB, store by store: how many records each holds, and the
// records themselves for the small stores, to show that scanning adds entries (and their
// counts) and nothing else.
import type { Page } from '@playwright/test';

export interface KioskDbStores {
  counts: Record<string, number>;
  /** Every [key, value] of each store not listed as large. */
  records: Record<string, [IDBValidKey, unknown][]>;
}

export function readKioskDbStores(
  page: Page,
  large: readonly string[] = ['entries'],
): Promise<KioskDbStores> {
  return page.evaluate(
    (large) =>
      new Promise<KioskDbStores>((resolve, reject) => {
        const open = indexedDB.open('kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names);
          const out: KioskDbStores = { counts: {}, records: {} };
          for (const name of names) {
            const store = tx.objectStore(name);
            const count = store.count();
            count.onsuccess = () => (out.counts[name] = count.result);
            if (large.includes(name)) continue;
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () =>
              (out.records[name] = keys.result.map((k, i) => [k, values.result[i]]));
          }
          tx.oncomplete = () => (db.close(), resolve(out));
          tx.onerror = () => reject(tx.error);
        };
      }),
    large,
  );
}
