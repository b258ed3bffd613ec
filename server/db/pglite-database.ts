// Embedded PostgreSQL (PGlite, WebAssembly) in a data directory: the default, so `npm start`
// needs nothing installed. One process only: the directory must not be opened twice.
import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database';

const parsers = { [types.INT8]: (v: string) => Number(v) };

function queryable(q: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<R>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  };
}

/** Opens (creating if needed) a PGlite database; no directory means in memory. */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), parsers });
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: () => db.close(),
  };
}
