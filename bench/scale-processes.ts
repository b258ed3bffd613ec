// bench:scale, part one: N server processes (`kiosk start --multi-server`) on one PostgreSQL,
// K simulated kiosks (the real sync client) draining their backlogs through a faulty round
// robin; one process is killed with kill -9 a third of the way in and restarted at two
// thirds (with one process, the only one). Entries per second, batch round trips, and the
// exactly-once check: every kiosk's ids on the server, once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminHttpClient } from '../server/admin/admin-http-client';
import { migrate } from '../server/db/migrate';
import { openPostgresDatabase } from '../server/db/postgres-database';
import { createSyncClient } from '../src/sync';
import { makeEntries } from '../test/server/support/entries';
import { freePort } from '../test/server/support/temp-postgres';
import { memoryKiosk } from './support/memory-outbox';
import { startServerProcess, type ServerProcess } from '../test/sync/support/server-process';
import { faultyRoundRobin, seeded } from './scale-faults';
import { percentile } from './report';

export interface ProcessRun {
  processes: number;
  entries: number;
  seconds: number;
  entriesPerSecond: number;
  batchP50: number;
  batchP95: number;
  stored: number;
  distinct: number;
  exactlyOnce: boolean;
  dropped: number;
  duplicated: number;
  failedRequests: number;
}

const OPERATOR = 'bench-scale-operator-secret-0123456789abcdef';

export async function runProcesses(
  databaseUrl: string,
  processes: number,
  kiosks: number,
  perKiosk: number,
): Promise<ProcessRun> {
  const db = await openPostgresDatabase(databaseUrl, { poolSize: 2 });
  await migrate(db);
  const dirs: string[] = [];
  const env = { DATABASE_URL: databaseUrl, KIOSK_ADMIN_TOKEN: OPERATOR };
  const ports = await Promise.all(Array.from({ length: processes }, () => freePort()));
  const publicUrl = `http://127.0.0.1:${ports[0]}`;
  const start = (port: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-scale-'));
    dirs.push(dir);
    return startServerProcess(dir, port, env, [
      '--multi-server',
      '--no-migrate',
      '--public-url',
      publicUrl,
    ]);
  };
  const servers: (ServerProcess | null)[] = await Promise.all(ports.map(start));
  const live = () => servers.filter((s): s is ServerProcess => s !== null).map((s) => s.url);
  const { fetch: faulty, stats } = faultyRoundRobin(
    live,
    { drop: 0.03, duplicate: 0.03 },
    seeded(7),
  );
  const admin = adminHttpClient(servers[0]!.url, OPERATOR);
  const { venue } = await admin.createVenue(`scale ${processes}`);
  const fleet = await Promise.all(
    Array.from({ length: kiosks }, async () => {
      const kiosk = memoryKiosk();
      const client = createSyncClient({
        source: kiosk,
        fetch: faulty,
        keyKind: 'auto',
        backoff: { baseMs: 50, maxMs: 500 },
        intervalMs: 60_000,
        timeoutMs: 10_000,
        network: { online: () => true, watch: () => () => {} },
      });
      const enrolled = await client.enroll(
        publicUrl,
        (await admin.newEnrollmentCode(venue.id)).code,
      );
      if (!enrolled.ok) throw new Error(`enroll: ${enrolled.reason}`);
      Object.assign(kiosk, { device: enrolled.enrollment.device, serverUrl: publicUrl });
      for (const e of makeEntries(perKiosk)) kiosk.add(e);
      return { kiosk, client };
    }),
  );
  stats.batchMs.length = 0;
  const total = kiosks * perKiosk;
  const storedNow = async () =>
    (
      await db.query<{ n: number }>('SELECT count(*) AS n FROM entries WHERE venue_id = $1', [
        venue.id,
      ])
    )[0]!.n;
  const t0 = performance.now();
  const chaos = (async () => {
    const victim = processes - 1;
    while ((await storedNow()) < total / 3) await new Promise((r) => setTimeout(r, 25));
    const dead = servers[victim]!;
    if (processes > 1) servers[victim] = null; // the balancer stops sending to it
    await dead.stop('SIGKILL');
    while ((await storedNow()) < (2 * total) / 3 && processes > 1)
      await new Promise((r) => setTimeout(r, 25));
    servers[victim] = await start(ports[victim]!);
  })();
  await Promise.all(
    fleet.map(async ({ kiosk, client }) => {
      while (kiosk.pending() > 0) {
        await client.uploadPending({ force: true });
        if (kiosk.pending() > 0) await new Promise((r) => setTimeout(r, 20));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await chaos;
  fleet.forEach(({ client }) => client.dispose());
  const [count] = await db.query<{ n: number; d: number }>(
    'SELECT count(*) AS n, count(DISTINCT id) AS d FROM entries WHERE venue_id = $1',
    [venue.id],
  );
  let allThere = true;
  for (const { kiosk } of fleet) {
    const ids = [...kiosk.entries.keys()];
    const [row] = await db.query<{ n: number }>(
      'SELECT count(*) AS n FROM entries WHERE id = ANY($1::uuid[])',
      [ids],
    );
    if (row!.n !== ids.length) allThere = false;
  }
  await Promise.all(servers.map((s) => s?.stop()));
  await db.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  return {
    processes,
    entries: total,
    seconds,
    entriesPerSecond: total / seconds,
    batchP50: percentile(stats.batchMs, 50),
    batchP95: percentile(stats.batchMs, 95),
    stored: count!.n,
    distinct: count!.d,
    exactlyOnce: allThere && count!.n === total && count!.d === total,
    dropped: stats.dropped,
    duplicated: stats.duplicated,
    failedRequests: stats.failed,
  };
}
