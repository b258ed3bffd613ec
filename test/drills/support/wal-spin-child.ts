// Child process of the disk-full drill: PGlite with the server's event-loop watchdog, on a
// disk that fills up just before the WAL needs its next segment. PostgreSQL cannot create the
// segment, and PGlite then spins inside WebAssembly: no timer or request of this thread runs
// again. The watchdog (a worker thread) must kill the process; the parent checks that, then
// that every commit acknowledged before it is still there after a restart.
//   argv: <pglite dir> <stall ms>   prints "committed N" after each commit, "filled" once full,
//   "error CODE: …" for a statement refused
import { openPgliteDatabase } from '../../../server/db/pglite-database';
import { startEventLoopWatchdog } from '../../../server/health/event-loop-watchdog';
import { mountedFree, walLeftInSegment } from './wal-position';

const [dir, stall] = process.argv.slice(2);
const db = await openPgliteDatabase(dir!);
await db.exec(
  "CREATE TABLE IF NOT EXISTS churn (id int PRIMARY KEY, x text); INSERT INTO churn VALUES (1, '') ON CONFLICT DO NOTHING; CREATE TABLE IF NOT EXISTS acked (n int)",
);
startEventLoopWatchdog(Number(stall));
// Fill the current WAL segment with updates of one row (vacuumed, so the table stays small)
// until less than one step is left, then fill the disk, then commit rows one by one.
while ((await walLeftInSegment(db)) > 600 * 1024) {
  await db.query(
    "UPDATE churn SET x = (SELECT string_agg(md5(random()::text), '') FROM generate_series(1, 8192))",
  );
  await db.exec('VACUUM churn');
}
mountedFree(dir!, 2 * 1024 * 1024);
console.log('filled');
// The first statement that needs the new segment fails with an error (53100); PostgreSQL
// is then left in a state where the next statement never returns.
for (let n = 1; n < 100_000; n++) {
  try {
    await db.query(
      "INSERT INTO acked SELECT $1 FROM (SELECT string_agg(md5(random()::text), '') FROM generate_series(1, 256)) x",
      [n],
    );
    console.log(`committed ${n}`);
    await db.query(
      "UPDATE churn SET x = (SELECT string_agg(md5(random()::text), '') FROM generate_series(1, 512))",
    );
  } catch (e) {
    console.log(`error ${(e as { code?: string }).code}: ${(e as Error).message}`);
  }
}
