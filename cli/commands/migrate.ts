// `kiosk migrate`: brings the database's schema up to date as a step of its own, for
// deployments that start servers with --no-migrate (several processes, one PostgreSQL, and a
// release step before them). Safe to run while servers run on PostgreSQL and at the same time
// as other migrators (an advisory lock orders them). On PGlite it needs the data directory's
// lock: a running server migrates at its own start.
import { parseArgs } from 'node:util';
import { lockDataDir } from '../../server/data-dir/data-dir-lock';
import { prepareDataDir } from '../../server/data-dir/data-dir-modes';
import { ensureEntryPartitions, WEEK_MS } from '../../server/db/entry-partitions';
import { loadMigrations, migrate, schemaVersion } from '../../server/db/migrate';
import { openDatabase } from '../../server/db/open-database';
import { DATA_OPTION, dataDirOf, refusalOf } from '../admin-connection';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk migrate [--data DIR]   (DATABASE_URL for PostgreSQL; PGlite in DIR otherwise)';

export async function migrateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DATA_OPTION },
  });
  if (positionals.length) fail(USAGE);
  const dataDir = dataDirOf(values);
  const databaseUrl = process.env.DATABASE_URL || null;
  let lock;
  try {
    prepareDataDir(dataDir);
    lock = lockDataDir(dataDir, 'kiosk migrate');
  } catch (e) {
    const refusal = refusalOf(e);
    if (!refusal) throw e;
    console.error(`kiosk migrate: ${refusal}`);
    return 1;
  }
  try {
    const db = await openDatabase({ dataDir, databaseUrl, migrate: 'none' });
    try {
      const applied = await migrate(db);
      const made = await ensureEntryPartitions(db, Date.now() - WEEK_MS, Date.now() + 3 * WEEK_MS);
      const version = await schemaVersion(db);
      console.log(
        applied.length
          ? `applied migration(s) ${applied.join(', ')}; schema version ${version} of ${loadMigrations().length}`
          : `schema version ${version}: up to date`,
      );
      if (made.length) console.log(`created partitions ${made.join(', ')}`);
      return 0;
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}
