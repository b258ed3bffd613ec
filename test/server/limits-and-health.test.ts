// Upload limits (429 with Retry-After), deadlines on database calls, and health that asks the
// database: on PGlite and on PostgreSQL (where the database can be taken away under a server)
// where the database is involved.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { toWireEntry } from '../../src/sync/wire-entry';
import type { ServerHandle } from '../../server/start-server';
import { pgliteBackend, postgresBackend } from './support/backends';
import { makeEntries } from './support/entries';
import { getPage, newAccount } from './support/page-client';
import { enrollTestDevice, sendSigned, upload } from './support/signed-client';
import { startTempPostgres } from './support/temp-postgres';
import { startTestServer } from './support/test-server';

describe.each([pgliteBackend(), postgresBackend()])('limits on $name', (backend) => {
  describe.runIf(backend.available)(backend.name, () => {
    afterAll(() => backend.teardown());

    it('answers 429 DAILY_QUOTA with Retry-After until the next UTC day, counting stored entries only', async () => {
      const server = await backend.start({ limits: { entriesPerDay: 120 } });
      try {
        const { enrollment } = await server.ops.createVenue('Quota');
        const device = await enrollTestDevice(server.url, enrollment.code);
        const first = makeEntries(100).map(toWireEntry);
        expect((await upload(device, first)).status).toBe(200);
        // Sending the same again stores nothing, so counts nothing.
        expect((await upload(device, first)).status).toBe(200);
        expect((await upload(device, makeEntries(50).map(toWireEntry))).status).toBe(200);
        const res = await upload(device, makeEntries(10).map(toWireEntry));
        expect(res.status).toBe(429);
        const retryAfter = Number(res.headers.get('retry-after'));
        expect(res.body).toMatchObject({ error: 'DAILY_QUOTA', retryAfter });
        const toMidnight = Math.ceil(
          (Math.ceil(Date.now() / 86_400_000) * 86_400_000 - Date.now()) / 1000,
        );
        expect(Math.abs(retryAfter - toMidnight)).toBeLessThan(5);
      } finally {
        await server.close();
      }
    });
  });
});

// The request rate is counted in the process's memory and the free space read from the file
// system: the same code whatever the database, so these run once, on PGlite.
describe('limits kept in the process', () => {
  const backend = pgliteBackend();
  it('answers 429 RATE_LIMITED past the burst, and lets the device in again after Retry-After', async () => {
    const server = await backend.start({ limits: { burst: 3, perSecond: 2 } });
    try {
      const { enrollment } = await server.ops.createVenue('Rate');
      const device = await enrollTestDevice(server.url, enrollment.code);
      const statuses: number[] = [];
      let limited: Awaited<ReturnType<typeof upload>> | null = null;
      for (let i = 0; i < 5; i++) {
        const res = await upload(device, makeEntries(1).map(toWireEntry));
        statuses.push(res.status);
        if (res.status === 429) limited = res;
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(limited?.body.error).toBe('RATE_LIMITED');
      const wait = Number(limited!.headers.get('retry-after'));
      expect(wait).toBeGreaterThanOrEqual(1);
      await new Promise((r) => setTimeout(r, wait * 1000));
      expect((await upload(device, makeEntries(1).map(toWireEntry))).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('the kiosk reports share the device rate limit, and a status report meets the free-space guard', async () => {
    let free = 1024; // the data directory's disk nearly full
    const server = await backend.start({
      limits: { burst: 3, perSecond: 0.001 },
      freeBytesReader: () => free,
    });
    try {
      const { enrollment } = await server.ops.createVenue('Reports within limits');
      const device = await enrollTestDevice(server.url, enrollment.code);
      const report = () => ({ pending: 0, appVersion: '1.0.0', reportedAt: Date.now() });
      const status = await sendSigned(device, report(), { path: '/api/sync/status' });
      expect(status).toMatchObject({ status: 507, body: { error: 'INSUFFICIENT_STORAGE' } });
      // Reading the venue's figures stores nothing: still answered (and counted).
      expect((await sendSigned(device, {}, { path: '/api/sync/occupancy' })).status).toBe(200);

      free = 10 * 1024 ** 3;
      await new Promise((r) => setTimeout(r, 1_100)); // the guard's reading is cached 1 s
      const sent = [
        await sendSigned(device, report(), { path: '/api/sync/status' }),
        await sendSigned(device, {}, { path: '/api/sync/venue-secret' }),
        await upload(device, makeEntries(1).map(toWireEntry)),
        await sendSigned(device, {}, { path: '/api/sync/occupancy' }),
        await sendSigned(device, report(), { path: '/api/sync/status' }),
      ];
      expect(sent.map((r) => r.status)).toEqual([200, 200, 429, 429, 429]);
      for (const r of sent.slice(2)) {
        expect(r.body).toMatchObject({ error: 'RATE_LIMITED' });
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await server.close();
    }
  });
});

describe('health', () => {
  it('reports database latency, durability and free space', async () => {
    const server = await startTestServer();
    try {
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        ok: true,
        database: 'pglite',
        durability: 'fsync',
        databaseOk: true,
        databaseLatencyMs: expect.any(Number),
        freeBytes: expect.any(Number),
        diskOk: true,
      });
      expect((await fetch(`${server.url}/api/health/live`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  const pg = postgresBackend();
  it.runIf(pg.available)(
    'PostgreSQL gone: health says 503 at once, requests get 503, and the server gives up (exit) after the grace time',
    async () => {
      const cluster = await startTempPostgres();
      const fatal: string[] = [];
      let server: ServerHandle | null = null;
      try {
        server = await startTestServer({
          databaseUrl: await cluster.createDatabase('health'),
          dbTimeoutMs: 1000,
          dbProbeIntervalMs: 200,
          dbDeadAfterMs: 1500,
          onFatal: (reason) => fatal.push(reason),
        });
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        const { venue } = await server.ops.createVenue('Gone');
        const owner = await newAccount(server.url, server.ops, {
          role: 'owner',
          venues: [venue.id],
        });
        await cluster.stop();
        const t0 = Date.now();
        const sick = await fetch(`${server.url}/api/health`);
        expect(sick.status).toBe(503);
        expect(Date.now() - t0).toBeLessThan(3000);
        expect(await sick.json()).toMatchObject({ ok: false, databaseOk: false });
        // A page needs the session's row: the database is asked, and its absence is a 503.
        expect((await getPage(owner, '/admin')).status).toBe(503);
        expect((await fetch(`${server.url}/api/health/live`)).status).toBe(200);
        await vi.waitFor(() => expect(fatal).toHaveLength(1), { timeout: 5000, interval: 100 });
        expect(fatal[0]).toMatch(/the database has not answered for \d+ s/);
      } finally {
        await server?.close().catch(() => undefined);
        await cluster.stop();
      }
    },
  );
});
