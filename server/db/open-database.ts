// PostgreSQL when a connection string is given (DATABASE_URL), embedded PGlite otherwise;
// either way migrated to the latest schema before use.
import { join } from 'node:path';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

export async function openDatabase(opts: {
  dataDir: string;
  databaseUrl?: string | null;
}): Promise<Database> {
  const db = opts.databaseUrl
    ? await openPostgresDatabase(opts.databaseUrl)
    : await openPgliteDatabase(join(opts.dataDir, 'pglite'));
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
