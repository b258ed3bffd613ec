// bench:scale, part two: 5 M entries on PostgreSQL, weekly partitions. How long the owner
// page takes for one day of the busiest venue (over HTTP, and each query with EXPLAIN
// ANALYZE), and how long retention takes to drop a month of old weeks — against deleting one
// week row by row, with the WAL each writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dropEntryPartitionsBefore,
  ensureEntryPartitions,
  listEntryPartitions,
  WEEK_MS,
  weekStart,
} from '../server/db/entry-partitions';
import type { Database } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { openPostgresDatabase } from '../server/db/postgres-database';
import { vietnamDayOf, vietnamDayRange } from '../server/pages/vietnam-day';
import { startServer } from '../server/start-server';
import { uuidFloor } from '../server/store/entry-guard';
import { median } from './report';

const DAY_MS = 24 * 60 * 60_000;
const VENUES = 200;
const WEEKS = 10;

export interface FiveMillion {
  rows: number;
  seedSeconds: number;
  busyVenueDayRows: number;
  ownerPageHttpMs: number[];
  queries: { name: string; ms: number; plan: string; explainMs: number }[];
  /** Node's own CPU per owner page (server and client in this process), ms. */
  ownerPageCpuMs: number;
  retention: { partitions: number; rows: number; ms: number; walBytes: number };
  deleteOneWeek: { rows: number; ms: number; walBytes: number };
}

async function walBytesOf(db: Database, work: () => Promise<unknown>): Promise<number> {
  const [a] = await db.query<{ l: string }>('SELECT pg_current_wal_insert_lsn()::text AS l');
  await work();
  const [b] = await db.query<{ n: number }>(
    'SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn)::bigint AS n',
    [a!.l],
  );
  return b!.n;
}

export async function runFiveMillion(databaseUrl: string, rows: number): Promise<FiveMillion> {
  const db = await openPostgresDatabase(databaseUrl, { poolSize: 2, statementTimeoutMs: 0 });
  await migrate(db);
  const now = Date.now();
  const start = weekStart(now) - (WEEKS - 1) * WEEK_MS;
  await ensureEntryPartitions(db, start, now + WEEK_MS);
  await db.query(
    `INSERT INTO venues (id, name, created_at)
     SELECT 'scale-v-' || lpad(v::text, 3, '0'), 'Venue ' || v, $1 FROM generate_series(0, $2 - 1) v`,
    [now, VENUES],
  );
  await db.query(
    `INSERT INTO devices (id, venue_id, public_key, label, enrolled_at)
     SELECT 'scale-d-' || lpad(d::text, 3, '0'), 'scale-v-' || lpad((d % $2)::text, 3, '0'),
            'scale-key-' || d, 'Cửa ' || d, $1 FROM generate_series(0, 2 * $2 - 1) d`,
    [now, VENUES],
  );
  // Entries spread evenly over the weeks up to now; one in five at venue 0 (a busy store),
  // the rest over the others. Ids are UUIDv7 of their own time.
  const span = now - start;
  const t0 = performance.now();
  const CHUNK = 500_000;
  for (let from = 0; from < rows; from += CHUNK) {
    await db.query(
      `INSERT INTO entries (id, venue_id, device_id, at, direction, source, format, verdict, decision,
         color, reasons, pass_id, pass_hash, masked_name, birth_year, masked_id, kid, bundle_seq, received_at)
       SELECT (lpad(to_hex(t), 12, '0') || '7' || lpad(to_hex(g % 4096), 3, '0') || '8' || lpad(to_hex(g), 15, '0'))::uuid,
              'scale-v-' || lpad(v::text, 3, '0'), 'scale-d-' || lpad((v + $5 * (g % 2))::text, 3, '0'),
              t, CASE WHEN g % 7 = 0 THEN 'out' ELSE 'in' END, 'camera', 'pqr-signed',
              CASE WHEN g % 20 = 0 THEN 'review' WHEN g % 50 = 0 THEN 'deny' ELSE 'admit' END,
              CASE WHEN g % 40 = 0 THEN 'admit' END, 'green', '["VACCINATED_FULL"]', NULL,
              'AAAAAAAAAAAAAAAAAAAAAA', 'N. V. A', 1990, '********' || lpad((g % 10000)::text, 4, '0'),
              'ZI7LP39r3qs', 1, t
         FROM (SELECT g, ($1::bigint + (g::numeric * $2 / $3)::bigint) AS t,
                      CASE WHEN g % 5 = 0 THEN 0 ELSE 1 + g % ($5 - 1) END AS v
                 FROM generate_series($4::bigint, $4::bigint + ${CHUNK} - 1) g WHERE g < $3) s`,
      [start, span, rows, from, VENUES],
    );
    process.stdout.write(`  seeded ${Math.min(rows, from + CHUNK).toLocaleString('en')} rows\r`);
  }
  await db.exec('ANALYZE');
  const seedSeconds = (performance.now() - t0) / 1000;
  console.log('');

  const day = vietnamDayOf(now - DAY_MS);
  const range = vietnamDayRange(day)!;
  const venue = 'scale-v-000';
  const [dayRows] = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM entries WHERE venue_id = $1 AND at >= $2 AND at < $3',
    [venue, range.from, range.to],
  );

  // The owner page over HTTP, as an owner gets it (median of several loads, after a warm-up).
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-scale-5m-'));
  const server = await startServer({
    dataDir,
    port: 0,
    databaseUrl,
    logLevel: 'error',
    adminToken: 'bench-5m-operator-token-abcdef0123456789',
  });
  const ownerPageHttpMs: number[] = [];
  let cpu = process.cpuUsage();
  for (let i = 0; i < 8; i++) {
    if (i === 1) cpu = process.cpuUsage();
    const t = performance.now();
    const res = await fetch(`${server.url}/admin?venue=${venue}&day=${day}`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    await res.text();
    if (res.status !== 200) throw new Error(`owner page: ${res.status}`);
    if (i > 0) ownerPageHttpMs.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  const ownerPageCpuMs = (used.user + used.system) / 1000 / 7;
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });

  // Each query of the page, as server/store runs them, with its plan.
  const params = [venue, range.from, range.to];
  const pageQueries: [string, string, unknown[]][] = [
    ['venues (names only)', 'SELECT id, name, created_at FROM venues ORDER BY name, id', []],
    [
      'day totals by device',
      `SELECT e.device_id, d.label, count(*), count(*) FILTER (WHERE verdict = 'admit'),
              count(*) FILTER (WHERE verdict = 'review'), count(*) FILTER (WHERE verdict = 'deny'),
              count(*) FILTER (WHERE verdict = 'admit' OR (verdict = 'review' AND decision = 'admit')),
              count(*) FILTER (WHERE verdict = 'review' AND decision IS NULL)
         FROM entries e JOIN devices d ON d.id = e.device_id
        WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3 GROUP BY e.device_id, d.label`,
      params,
    ],
    [
      'devices',
      'SELECT id, venue_id, label, enrolled_at, last_seen_at, revoked_at FROM devices WHERE venue_id = $1 ORDER BY enrolled_at',
      [venue],
    ],
    [
      'first 2,001 entries',
      `SELECT e.*, d.label FROM entries e JOIN devices d ON d.id = e.device_id WHERE e.venue_id = $1 AND e.at >= $2 AND e.at < $3 ORDER BY e.at, e.id LIMIT 2001`,
      params,
    ],
  ];
  const queries = [];
  for (const [name, sql, p] of pageQueries) {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      await db.query(sql, p);
      if (i > 0) times.push(performance.now() - t);
    }
    const plan = (
      await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, p)
    )
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    const executed = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const planned = Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    queries.push({ name, ms: median(times), plan, explainMs: executed + planned });
  }

  // Retention of a month: the weeks that end five weeks or more ago, dropped whole.
  const cutoff = weekStart(now) - 5 * WEEK_MS;
  const old = (await listEntryPartitions(db)).filter((p) => p.to <= cutoff);
  const [oldRows] = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM entries WHERE id < $1::uuid',
    [uuidFloor(cutoff)],
  );
  let retentionMs = 0;
  const retentionWal = await walBytesOf(db, async () => {
    const t = performance.now();
    await dropEntryPartitionsBefore(db, cutoff);
    retentionMs = performance.now() - t;
  });
  // The other way: one week deleted row by row.
  const week = (await listEntryPartitions(db)).filter((p) => p.to <= now)[0]!;
  let deleted = 0;
  let deleteMs = 0;
  const deleteWal = await walBytesOf(db, async () => {
    const t = performance.now();
    const r = await db.query<{ n: number }>(
      `WITH d AS (DELETE FROM entries WHERE id >= $1::uuid AND id < $2::uuid RETURNING 1) SELECT count(*) AS n FROM d`,
      [uuidFloor(week.from), uuidFloor(week.to)],
    );
    deleted = r[0]!.n;
    deleteMs = performance.now() - t;
  });
  await db.close();
  return {
    rows,
    seedSeconds,
    busyVenueDayRows: dayRows!.n,
    ownerPageHttpMs,
    ownerPageCpuMs,
    queries,
    retention: {
      partitions: old.length,
      rows: oldRows!.n,
      ms: retentionMs,
      walBytes: retentionWal,
    },
    deleteOneWeek: { rows: deleted, ms: deleteMs, walBytes: deleteWal },
  };
}
