// bench:scale, part two: 5 M entries on PostgreSQL, weekly partitions. How long the owner
// page takes for one day of the busiest venue (over HTTP as a signed-in owner, and each of
// its queries, recorded from the store functions the route calls, with EXPLAIN ANALYZE),
// and how long retention takes to drop a month of old weeks — against deleting one
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
import { readSession } from '../server/accounts/sessions';
import type { Database, Queryable } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { openPostgresDatabase } from '../server/db/postgres-database';
import { vietnamDayOf, vietnamDayRange } from '../server/pages/vietnam-day';
import { loadOwnerDay } from '../server/http/owner-day';
import { WORDS } from '../server/pages/i18n';
import type { Frame } from '../server/pages/layout';
import { entriesTable } from '../server/pages/parts';
import { latestEntries } from '../server/store/owner-report';
import { startServer } from '../server/start-server';
import { listVenues } from '../server/store/venues';
import { uuidFloor } from '../server/store/entry-guard';
import { getPage, newAccount } from '../test/server/support/page-client';
import { median } from './report';

const DAY_MS = 24 * 60 * 60_000;
const VENUES = 200;
const WEEKS = 10;

export interface FiveMillion {
  rows: number;
  seedSeconds: number;
  busyVenueDayRows: number;
  /** The first page of the day (200 scans), and the next page through its keyset link. */
  ownerPageHttpMs: number[];
  olderPageHttpMs: number[];
  /** Reading and rendering the list alone: 200 scans (a page) and 2,000 (before paging). */
  listing200Ms: number;
  listing2000Ms: number;
  queries: { name: string; sql: string; ms: number; plan: string; explainMs: number }[];
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
  const dayRange = vietnamDayRange(day)!;
  const venue = 'scale-v-000';
  const [dayRows] = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM entries WHERE venue_id = $1 AND at >= $2 AND at < $3',
    [venue, dayRange.from, dayRange.to],
  );

  // The owner page over HTTP, as a signed-in owner gets it (median of several loads, after a
  // warm-up): the first page of one day, and the next (older) page through its keyset link.
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-scale-5m-'));
  const server = await startServer({
    dataDir,
    port: 0,
    databaseUrl,
    logLevel: 'error',
    adminToken: 'bench-5m-operator-token-abcdef0123456789',
  });
  const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venue] });
  const pageUrl = `/admin?venue=${venue}&from=${day}&to=${day}`;
  const load = async (path: string) => {
    const res = await getPage(owner, path);
    const html = await res.text();
    if (res.status !== 200) throw new Error(`owner page: ${res.status}`);
    return html;
  };
  const older = /<a class="button" href="([^"]+)" rel="next">/
    .exec(await load(pageUrl))?.[1]
    ?.replaceAll('&amp;', '&');
  if (!older) throw new Error('owner page: no link to older scans');
  const ownerPageHttpMs: number[] = [];
  const olderPageHttpMs: number[] = [];
  let cpu = process.cpuUsage();
  for (let i = 0; i < 10; i++) {
    if (i === 1) cpu = process.cpuUsage();
    const t = performance.now();
    await load(pageUrl);
    if (i > 0) ownerPageHttpMs.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  const ownerPageCpuMs = (used.user + used.system) / 1000 / 9;
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    await load(older);
    if (i > 0) olderPageHttpMs.push(performance.now() - t);
  }

  // Each query of the page as the server runs it: the session and the owner's venues
  // (owner-scope.ts), then everything loadOwnerDay reads, recorded from the store functions
  // themselves, each timed and EXPLAINed with its own parameters.
  const recorded: { sql: string; params: unknown[] }[] = [];
  const recorder: Queryable = {
    query: (sql, params = []) => (
      recorded.push({ sql, params: [...params] }),
      db.query(sql, params)
    ),
    exec: (sql) => db.exec(sql),
  };
  const sessionId = owner.cookie.split('=')[1]!;
  const at = Date.now();
  await readSession(recorder, sessionId, at);
  await listVenues(recorder, [venue]);
  const range = { start: dayRange.from, end: dayRange.to };
  await loadOwnerDay(recorder, venue, range, at, null);
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  const queries = [];
  for (const { sql, params } of recorded) {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      await db.query(sql, params);
      if (i > 0) times.push(performance.now() - t);
    }
    const plan = (
      await db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
        params,
      )
    )
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    const executed = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const planned = Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const name = sql.replace(/\s+/g, ' ').trim().slice(0, 90);
    queries.push({ name, sql, ms: median(times), plan, explainMs: executed + planned });
  }

  // What paging saves, in this run: reading and rendering the list of 2,000 scans (the page
  // before paging) against 200 (a page now), the rest of the page aside.
  const frame: Frame = {
    lang: 'vi',
    w: WORDS.vi,
    account: null,
    csrf: '',
    url: '/admin',
    now: at,
  };
  const listing: Record<string, number> = {};
  for (const n of [200, 2000]) {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const { entries } = await latestEntries(db, venue, dayRange.from, dayRange.to, n);
      entriesTable(frame, entries).toString();
      if (i > 0) times.push(performance.now() - t);
    }
    listing[n] = median(times);
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
    olderPageHttpMs,
    listing200Ms: listing[200]!,
    listing2000Ms: listing[2000]!,
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
