// An IndexedDB database as JSON and back: its version, and each object store with its key
// path, indexes and every [key, value] record, read and written with the raw API (no code of
// the kiosk's, so a dump says what a release left on disk). Values must be JSON (no CryptoKey).

export interface IndexShape {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreDump {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexShape[];
  records: [IDBValidKey, unknown][];
}

export interface DatabaseDump {
  version: number;
  stores: Record<string, StoreDump>;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export async function dumpDatabase(name: string): Promise<DatabaseDump> {
  const db = await done(indexedDB.open(name));
  try {
    const names = Array.from(db.objectStoreNames).sort();
    const tx = db.transaction(names, 'readonly');
    const stores: Record<string, StoreDump> = {};
    for (const storeName of names) {
      const store = tx.objectStore(storeName);
      const indexes = Array.from(store.indexNames)
        .sort()
        .map((indexName) => {
          const index = store.index(indexName);
          return {
            name: indexName,
            keyPath: index.keyPath,
            unique: index.unique,
            multiEntry: index.multiEntry,
          };
        });
      const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
      stores[storeName] = {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes,
        records: keys.map((key, i) => [key, values[i]]),
      };
    }
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

/** Makes database `name` exactly as dumped (it must not exist yet). */
export async function loadDatabase(name: string, dump: DatabaseDump): Promise<void> {
  const open = indexedDB.open(name, dump.version);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const [storeName, shape] of Object.entries(dump.stores)) {
      const store = db.createObjectStore(storeName, {
        keyPath: shape.keyPath,
        autoIncrement: shape.autoIncrement,
      });
      for (const index of shape.indexes)
        store.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
      for (const [key, value] of shape.records)
        if (shape.keyPath === null) store.put(value, key);
        else store.put(value);
    }
  };
  const db = await done(open);
  db.close();
}
