// Embedded PostgreSQL (PGlite, WebAssembly) in a data directory: the default, so `npm start`
// needs nothing installed. One process only: the caller holds the data directory's lock.
// Commits are durable (fsync, see durable-node-fs.ts) unless `durable: false` is asked for,
// which only the tests' throwaway databases do.
import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { tightenModes } from '../data-dir/data-dir-modes';
import type { Database, Queryable, Row } from './database';
import { DurableNodeFS, durableStartParams } from './durable-node-fs';

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

export interface PgliteOptions {
  /** fsync on every commit (default). Off only for throwaway test databases. */
  durable?: boolean;
}

/** Opens (creating if needed) a PGlite database; no directory means in memory. */
export async function openPgliteDatabase(
  dataDir?: string,
  opts: PgliteOptions = {},
): Promise<Database> {
  const durable = dataDir !== undefined && opts.durable !== false;
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = await PGlite.create({
    ...(dataDir ? (durable ? { fs: new DurableNodeFS(dataDir) } : { dataDir }) : {}),
    ...(durable ? { startParams: durableStartParams() } : {}),
    parsers,
  });
  // PGlite copies the files of a new cluster with mode 0666 and writes some caches 0644,
  // whatever the umask: owner-only again (housekeeping repeats it; see data-dir-modes.ts).
  if (dataDir) tightenModes(dataDir);
  return {
    kind: 'pglite',
    durability: durable ? 'fsync' : 'none',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: () => db.close(),
    maintenance: async (sql) => {
      await db.exec(sql);
    },
    tightenModes: dataDir ? () => tightenModes(dataDir) : undefined,
    dump: async () => Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()),
  };
}
