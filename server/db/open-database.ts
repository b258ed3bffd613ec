// PostgreSQL when a connection string is given (DATABASE_URL), embedded PGlite in the data
// directory otherwise; migrated to the latest schema before use, or (with `migrate: 'check'`,
// for deployments that run `kiosk migrate` as their own step) refused when it is behind.
// For PGlite the caller must hold the data directory's lock (server/data-dir/data-dir-lock.ts).
import { join } from 'node:path';
import type { Database } from './database';
import { migrate, pendingMigrations } from './migrate';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

export interface OpenDatabaseOptions {
  dataDir: string;
  databaseUrl?: string | null;
  /** 'apply' (default) brings the schema up to date; 'check' refuses an old one; 'none'
   * leaves it to the caller (`kiosk migrate`). */
  migrate?: 'apply' | 'check' | 'none';
  /** PostgreSQL connections per process (default 8). */
  poolSize?: number;
  /** PostgreSQL: statement_timeout for every statement, in ms. */
  statementTimeoutMs?: number;
  /** PGlite: false only for throwaway test databases. */
  durable?: boolean;
}

export class SchemaBehind extends Error {}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const db = opts.databaseUrl
    ? await openPostgresDatabase(opts.databaseUrl, {
        ...(opts.poolSize ? { poolSize: opts.poolSize } : {}),
        ...(opts.statementTimeoutMs ? { statementTimeoutMs: opts.statementTimeoutMs } : {}),
      })
    : await openPgliteDatabase(join(opts.dataDir, 'pglite'), {
        ...(opts.durable === false ? { durable: false } : {}),
      });
  try {
    if (opts.migrate === 'check') {
      const pending = await pendingMigrations(db);
      if (pending.length)
        throw new SchemaBehind(
          `the database lacks migration(s) ${pending.join(', ')}: run 'kiosk migrate' first`,
        );
    } else if (opts.migrate !== 'none') {
      await migrate(db);
    }
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
