// Child process of the durability test: one commit on PGlite between two markers written to
// stderr, so that strace's log shows which system calls that commit made.
//   argv: <pglite dir> <durable|fast>
import { openPgliteDatabase } from '../../../server/db/pglite-database';

const [dir, mode] = process.argv.slice(2);
const db = await openPgliteDatabase(dir!, { durable: mode === 'durable' });
await db.exec('CREATE TABLE IF NOT EXISTS probe (x text)');
process.stderr.write('MARK-BEFORE-COMMIT\n');
await db.query('INSERT INTO probe VALUES ($1)', ['an acknowledged entry']);
process.stderr.write('MARK-AFTER-COMMIT\n');
await db.close();
