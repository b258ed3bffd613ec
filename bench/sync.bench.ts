// `npm run bench:sync`: how fast the sync server takes in check-ins, and how long kiosks take
// to empty their outbox through it. Figures are medians over several runs; the server runs as
// its own process (as in production), the kiosks are the real sync client in this process.
//
//   ingest (database)   ingestEntries() in batches of 500, no HTTP: PGlite, PostgreSQL
//   backlog             one kiosk draining a 100,000-entry backlog: signed, checked, stored,
//                       one batch at a time (so bound by its round trips, not the server)
//   20 kiosks           twenty kiosks draining 2,500 entries each at once, on loopback: what
//                       the server takes in over HTTP when it is the bottleneck
//
// The targets (≥ 10,000/s PGlite, ≥ 30,000/s PostgreSQL) apply to the server's intake: the
// database figure and the 20-kiosk figure. Everything shares this machine's cores: the kiosks,
// the server process and PostgreSQL. PostgreSQL runs a temporary cluster with its default,
// durable settings (fsync on).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminHttpClient } from '../server/admin/admin-http-client';
import type { Database } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { openPgliteDatabase } from '../server/db/pglite-database';
import { openPostgresDatabase } from '../server/db/postgres-database';
import { ingestEntries } from '../server/store/entries-ingest';
import { uuidv7 } from '../src/core';
import { ALWAYS_ONLINE, createSyncClient } from '../src/sync';
import { toWireEntry } from '../src/sync/wire-entry';
import { makeEntries } from '../test/server/support/entries';
import { pgliteDataDir } from '../test/server/support/pglite-template';
import {
  freePort,
  postgresBinDir,
  startTempPostgres,
  type TempPostgres,
} from '../test/server/support/temp-postgres';
import { memoryKiosk } from './support/memory-outbox';
import { startServerProcess, type ServerProcess } from '../test/sync/support/server-process';
import { median, percentile, writeReport, type Metric } from './report';

const BATCH = 500;

async function seedDevice(db: Database): Promise<{ deviceId: string; venueId: string }> {
  const venueId = uuidv7();
  const deviceId = uuidv7();
  await db.query('INSERT INTO venues (id, name, created_at) VALUES ($1, $2, $3)', [
    venueId,
    'bench',
    Date.now(),
  ]);
  await db.query(
    'INSERT INTO devices (id, venue_id, public_key, enrolled_at) VALUES ($1, $2, $3, $4)',
    [deviceId, venueId, deviceId, Date.now()],
  );
  return { deviceId, venueId };
}

/** Entries per second through ingestEntries alone, median of `runs` runs of `batches` batches. */
async function ingestRate(db: Database, runs: number, batches: number): Promise<number> {
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const device = await seedDevice(db);
    const work = Array.from({ length: batches }, () => makeEntries(BATCH).map(toWireEntry));
    const t0 = performance.now();
    for (const batch of work) await ingestEntries(db, device, batch, Date.now());
    rates.push((batches * BATCH) / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

interface Drained {
  seconds: number;
  entries: number;
  batchMs: number[];
}

/** Kiosks enrolled at one new venue, each with `perKiosk` entries, all draining at once. */
async function drainKiosks(
  server: ServerProcess,
  adminToken: string,
  kiosks: number,
  perKiosk: number,
): Promise<Drained> {
  const admin = adminHttpClient(server.url, adminToken);
  const { venue } = await admin.createVenue(`bench ${Date.now()}`);
  const batchMs: number[] = [];
  const timed: typeof fetch = async (input, init) => {
    const t = performance.now();
    const res = await fetch(input, init);
    batchMs.push(performance.now() - t);
    return res;
  };
  const clients = await Promise.all(
    Array.from({ length: kiosks }, async () => {
      const kiosk = memoryKiosk();
      const client = createSyncClient({ source: kiosk, fetch: timed, network: ALWAYS_ONLINE });
      const enrolled = await client.enroll(
        server.url,
        (await admin.newEnrollmentCode(venue.id)).code,
      );
      if (!enrolled.ok) throw new Error(`enroll: ${enrolled.reason}`);
      Object.assign(kiosk, { device: enrolled.enrollment.device, serverUrl: server.url });
      for (const e of makeEntries(perKiosk)) kiosk.add(e);
      return { kiosk, client };
    }),
  );
  batchMs.length = 0; // enrollment requests are not batches
  const t0 = performance.now();
  const reports = await Promise.all(clients.map(({ client }) => client.uploadPending()));
  const seconds = (performance.now() - t0) / 1000;
  for (const r of reports)
    if (r.kind !== 'ran' || r.stop.kind !== 'drained')
      throw new Error(`drain failed: ${JSON.stringify(r)}`);
  const left = clients.reduce((n, { kiosk }) => n + kiosk.pending(), 0);
  if (left) throw new Error(`${left} entries left unsynced`);
  return { seconds, entries: kiosks * perKiosk, batchMs };
}

async function serverFor(
  databaseUrl: string | null,
): Promise<{ server: ServerProcess; token: string; dataDir: string }> {
  const dataDir = databaseUrl ? mkdtempSync(join(tmpdir(), 'kiosk-bench-')) : await pgliteDataDir();
  const server = await startServerProcess(
    dataDir,
    await freePort(),
    databaseUrl ? { DATABASE_URL: databaseUrl } : {},
  );
  return { server, dataDir, token: readFileSync(join(dataDir, 'admin-token'), 'utf8').trim() };
}

async function httpFigures(
  label: string,
  databaseUrl: string | null,
  metrics: Record<string, Metric>,
  targets: { rate: number },
): Promise<void> {
  const { server, token, dataDir } = await serverFor(databaseUrl);
  try {
    await drainKiosks(server, token, 1, 5_000); // warm-up: JIT, connection pools, PGlite caches
    const backlog: Drained[] = [];
    for (let r = 0; r < 3; r++) backlog.push(await drainKiosks(server, token, 1, 100_000));
    const drainS = median(backlog.map((d) => d.seconds));
    const rtt = backlog.flatMap((d) => d.batchMs);
    console.log(
      `${label}: 100k backlog drained in ${backlog.map((d) => d.seconds.toFixed(1)).join(' / ')} s`,
    );
    metrics[`backlog_100k_drain_${label}`] = { value: drainS, unit: 's', target: 30, kind: 'max' };
    metrics[`backlog_rate_${label}`] = { value: 100_000 / drainS, unit: 'entries/s (one kiosk)' };
    metrics[`batch_rtt_p50_${label}`] = { value: percentile(rtt, 50), unit: 'ms per 500' };
    metrics[`batch_rtt_p95_${label}`] = { value: percentile(rtt, 95), unit: 'ms per 500' };
    const crowd: Drained[] = [];
    for (let r = 0; r < 3; r++) crowd.push(await drainKiosks(server, token, 20, 2_500));
    const crowdS = median(crowd.map((d) => d.seconds));
    console.log(
      `${label}: 20 kiosks × 2,500 drained in ${crowd.map((d) => d.seconds.toFixed(1)).join(' / ')} s`,
    );
    metrics[`kiosks20_drain_${label}`] = { value: crowdS, unit: 's for 50k' };
    metrics[`kiosks20_ingest_${label}`] = {
      value: 50_000 / crowdS,
      unit: 'entries/s',
      target: targets.rate,
    };
    const crowdRtt = crowd.flatMap((d) => d.batchMs);
    metrics[`kiosks20_batch_rtt_p95_${label}`] = {
      value: percentile(crowdRtt, 95),
      unit: 'ms per 500',
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const metrics: Record<string, Metric> = {};

const pgliteDir = await pgliteDataDir();
const pglite = await openPgliteDatabase(join(pgliteDir, 'pglite'));
await migrate(pglite);
await ingestRate(pglite, 1, 4); // warm-up
metrics.ingest_db_pglite = {
  value: await ingestRate(pglite, 5, 20),
  unit: 'entries/s',
  target: 10_000,
};
await pglite.close();
rmSync(pgliteDir, { recursive: true, force: true });
console.log(`PGlite, database only: ${Math.round(metrics.ingest_db_pglite.value)} entries/s`);

let cluster: TempPostgres | null = null;
if (postgresBinDir()) {
  cluster = await startTempPostgres({ durable: true });
  const pgDb = await openPostgresDatabase(await cluster.createDatabase('bench_db'));
  await migrate(pgDb);
  await ingestRate(pgDb, 1, 4);
  metrics.ingest_db_postgres = {
    value: await ingestRate(pgDb, 5, 20),
    unit: 'entries/s',
    target: 30_000,
  };
  await pgDb.close();
  console.log(
    `PostgreSQL, database only: ${Math.round(metrics.ingest_db_postgres.value)} entries/s`,
  );
} else {
  console.warn(
    '!!! PostgreSQL binaries not found: PostgreSQL figures skipped (apt-get install postgresql)',
  );
}

await httpFigures('pglite', null, metrics, { rate: 10_000 });
if (cluster) {
  await httpFigures('postgres', await cluster.createDatabase('bench_http'), metrics, {
    rate: 30_000,
  });
  await cluster.stop();
}

console.log('');
writeReport('sync', metrics);
