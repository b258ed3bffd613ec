// Several server processes on one PostgreSQL (docs/scaling.md).
//  - three servers started at the same moment on an empty database: all start, one schema;
//  - multi-server mode refuses to start without its one shared config;
//  - `kiosk migrate` as its own step, then two `--multi-server --no-migrate` processes behind a
//    round-robin client; one is killed with kill -9 mid-run: every entry is stored exactly
//    once, and an owner's session made on one process is valid on the other.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHttpClient } from '../../server/admin/admin-http-client';
import { loadMigrations } from '../../server/db/migrate';
import { openPostgresDatabase } from '../../server/db/postgres-database';
import { startServer } from '../../server/start-server';
import { createSyncClient } from '../../src/sync';
import { memoryKiosk } from '../../bench/support/memory-outbox';
import { startServerProcess, type ServerProcess } from '../sync/support/server-process';
import { makeEntries } from './support/entries';
import { getPage, newAccount } from './support/page-client';
import { roundRobinFetch } from './support/round-robin';
import {
  freePort,
  postgresBinDir,
  startTempPostgres,
  type TempPostgres,
} from './support/temp-postgres';
import { startTestServer } from './support/test-server';

const BIN = resolve(import.meta.dirname, '../../bin/kiosk.mjs');
const OPERATOR = 'multi-server-test-operator-secret-0123456789';
const available = postgresBinDir() !== null;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'kiosk-multi-'));
  dirs.push(d);
  return d;
};

describe.runIf(available)('several servers on one PostgreSQL', () => {
  let cluster: TempPostgres;
  beforeAll(async () => void (cluster = await startTempPostgres()), 60_000);
  afterAll(async () => {
    await cluster?.stop();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('three servers starting at once on an empty database all start, with one schema', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const databaseUrl = await cluster.createDatabase(`empty_${trial}`);
      const servers = await Promise.all(
        [0, 1, 2].map(() => startTestServer({ databaseUrl, stallExitMs: null })),
      );
      try {
        const rows = await servers[0]!.db.query<{ version: number }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
      } finally {
        await Promise.all(servers.map((s) => s.close()));
      }
    }
  }, 120_000);

  it('refuses multi-server mode without the shared database, public address and operator secret', async () => {
    await expect(
      startServer({ dataDir: tempDir(), port: 0, multiServer: true, logLevel: 'error' }),
    ).rejects.toThrow(
      /DATABASE_URL must name[\s\S]*--public-url must give[\s\S]*KIOSK_ADMIN_TOKEN must hold/,
    );
    await expect(
      startServer({
        dataDir: tempDir(),
        port: 0,
        multiServer: true,
        databaseUrl: 'postgres://nobody@127.0.0.1:1/x',
        publicUrl: 'https://kiosk.example.vn',
        adminToken: OPERATOR,
        demo: true,
      }),
    ).rejects.toThrow(/--demo makes per-directory keys/);
  });

  it('two processes behind a round robin, one killed mid-run: every entry once, the owner session valid on both', async () => {
    const databaseUrl = await cluster.createDatabase('multi');
    const migrated = spawnSync(process.execPath, [BIN, 'migrate', '--data', tempDir()], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(migrated.stdout).toMatch(/applied migration\(s\) [\d, ]+; schema version (\d+) of \1/);

    const env = { DATABASE_URL: databaseUrl, KIOSK_ADMIN_TOKEN: OPERATOR };
    const ports = [await freePort(), await freePort()];
    const publicUrl = `http://127.0.0.1:${ports[0]}`;
    const args = ['--multi-server', '--no-migrate', '--public-url', publicUrl];
    const start = (port: number) => startServerProcess(tempDir(), port, env, args);
    const servers: ServerProcess[] = await Promise.all(ports.map(start));
    const rr = roundRobinFetch(servers.map((s) => s.url));
    const admin = adminHttpClient(servers[1]!.url, OPERATOR);
    const { venue } = await admin.createVenue('Chuỗi · hai máy chủ');

    const KIOSKS = 6;
    const PER_KIOSK = 1500;
    const kiosks = await Promise.all(
      Array.from({ length: KIOSKS }, async () => {
        const kiosk = memoryKiosk();
        const client = createSyncClient({
          source: kiosk,
          fetch: rr,
          keyKind: 'auto',
          backoff: { baseMs: 40, maxMs: 400 },
          intervalMs: 200,
          timeoutMs: 5_000,
          network: { online: () => true, watch: () => () => {} },
        });
        const code = (await admin.newEnrollmentCode(venue.id)).code;
        const enrolled = await client.enroll(publicUrl, code);
        if (!enrolled.ok) throw new Error(`enroll: ${enrolled.reason}`);
        Object.assign(kiosk, { device: enrolled.enrollment.device, serverUrl: publicUrl });
        for (const e of makeEntries(PER_KIOSK)) kiosk.add(e);
        return { kiosk, client };
      }),
    );

    const db = await openPostgresDatabase(databaseUrl);
    const stored = async () =>
      (
        await db.query<{ n: number; ids: number }>(
          'SELECT count(*) AS n, count(DISTINCT id) AS ids FROM entries',
        )
      )[0]!;
    let killed = false;
    const killer = (async () => {
      const until = Date.now() + 60_000;
      while (Date.now() < until && (await stored()).n < (KIOSKS * PER_KIOSK) / 3)
        await new Promise((r) => setTimeout(r, 20));
      await servers[1]!.stop('SIGKILL');
      killed = true;
    })();
    const deadline = Date.now() + 90_000;
    await Promise.all(
      kiosks.map(async ({ kiosk, client }) => {
        while (kiosk.pending() > 0 && Date.now() < deadline) {
          await client.uploadPending({ force: true });
          if (kiosk.pending() > 0) await new Promise((r) => setTimeout(r, 50));
        }
      }),
    );
    await killer;
    kiosks.forEach(({ client }) => client.dispose());
    expect(killed).toBe(true);
    expect(await servers[1]!.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(kiosks.map(({ kiosk }) => kiosk.pending())).toEqual(Array(KIOSKS).fill(0));
    expect(await stored()).toEqual({ n: KIOSKS * PER_KIOSK, ids: KIOSKS * PER_KIOSK });
    for (const { kiosk } of kiosks) {
      const ids = [...kiosk.entries.keys()];
      const [row] = await db.query<{ n: number }>(
        'SELECT count(*) AS n FROM entries WHERE id = ANY($1::uuid[])',
        [ids],
      );
      expect(row!.n).toBe(ids.length);
    }
    await db.close();

    // The killed process comes back (its supervisor restarts it); an owner signs in on one
    // process (a session row in the database) and that session is valid on the other.
    servers[1] = await start(ports[1]!);
    try {
      const owner = await newAccount(servers[0]!.url, admin, {
        role: 'owner',
        venues: [venue.id],
      });
      for (const s of servers) {
        const page = await getPage({ ...owner, baseUrl: s.url }, `/admin?venue=${venue.id}`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Chuỗi · hai máy chủ');
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }, 180_000);
});
