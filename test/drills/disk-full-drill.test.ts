// Disk-full drills. The server must never hang silently on a full disk, never answer 200 for
// an entry it did not store, and come back once space is freed, with every acknowledged entry.
//
//  1. The guard: below the free-space threshold uploads get 507 and a log line, /api/health
//     says 503 (diskOk false); with space again, uploads are stored. On a real tmpfs where it
//     can be mounted (root), else with a simulated reading (said in the test name).
//  2. A truly full disk (guard off): PostgreSQL cannot extend a table; the upload is answered
//     507, nothing is half stored, the server keeps answering; a restart on the full disk fails
//     fast with a non-zero exit (no hang); with space again it starts and has every entry.
//  3. The disk fills just before the WAL needs its next segment: PGlite spins inside
//     WebAssembly (seen in the audit: the server hung, health never answered). The event-loop
//     watchdog kills the process within its stall time; reopened with space, every commit
//     acknowledged before is there.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { adminHttpClient } from '../../server/admin/admin-http-client';
import { openPgliteDatabase } from '../../server/db/pglite-database';
import { startServer } from '../../server/start-server';
import { toWireEntry } from '../../src/sync/wire-entry';
import { makeEntries } from '../server/support/entries';
import { pgliteDataDir, pgliteDataDirAt } from '../server/support/pglite-template';
import { enrollTestDevice, upload } from '../server/support/signed-client';
import { freePort } from '../server/support/temp-postgres';
import { startServerProcess } from '../sync/support/server-process';
import { mountSmallDisk, warnNoSmallDisk, type SmallDisk } from './support/small-disk';

const MB = 1024 * 1024;
const disks: SmallDisk[] = [];
const mount = (mb: number) => {
  const d = mountSmallDisk(mb);
  if (d) disks.push(d);
  return d;
};
afterAll(() => disks.forEach((d) => d.unmount()));

const health = async (url: string) => {
  const res = await fetch(`${url}/api/health`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('disk-full drill', () => {
  const probe = mount(1);
  const real = probe !== null;
  if (!real)
    warnNoSmallDisk('the disk-full drills run on a simulated free-space reading or not at all');

  it(`refuses uploads with 507 below the threshold, and takes them again when space is back (${real ? 'tmpfs' : 'simulated reading'})`, async () => {
    const disk = mount(96);
    const dataDir = disk ? await pgliteDataDirAt(join(disk.dir, 'data')) : await pgliteDataDir();
    let simulatedFree = 500 * MB;
    const log: string[] = [];
    const server = await startServer({
      dataDir,
      port: 0,
      logLevel: 'error',
      logStream: new Writable({ write: (c, _e, done) => void (log.push(String(c)), done()) }),
      minFreeBytes: 8 * MB,
      ...(disk ? {} : { freeBytesReader: () => simulatedFree }),
      now: (() => {
        let t = Date.now();
        return () => (t += 1001); // past the free-space cache on every reading
      })(),
    });
    try {
      const { enrollment } = await server.ops.createVenue('Kho');
      const device = await enrollTestDevice(server.url, enrollment.code);
      const before = makeEntries(50).map(toWireEntry);
      expect((await upload(device, before)).status).toBe(200);

      if (disk) disk.fill(4 * MB);
      else simulatedFree = 4 * MB;
      const refused = await upload(device, makeEntries(50).map(toWireEntry));
      expect(refused.status).toBe(507);
      expect(refused.body.error).toBe('INSUFFICIENT_STORAGE');
      expect(log.join('')).toMatch(/uploads refused: the data directory is nearly full/);
      const sick = await health(server.url);
      expect(sick).toMatchObject({ status: 503, body: { diskOk: false, databaseOk: true } });

      if (disk) disk.free();
      else simulatedFree = 500 * MB;
      const later = makeEntries(50).map(toWireEntry);
      expect((await upload(device, later)).body.inserted).toBe(50);
      expect((await health(server.url)).status).toBe(200);
      const [row] = await server.db.query<{ n: number }>('SELECT count(*) AS n FROM entries');
      expect(row!.n).toBe(100);
    } finally {
      await server.close();
      if (!disk) rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.runIf(real)(
    'on a truly full disk answers 507, keeps going, and loses no acknowledged entry',
    async () => {
      const disk = mount(96)!;
      const dataDir = await pgliteDataDirAt(join(disk.dir, 'data'));
      const port = await freePort();
      const env = {
        KIOSK_MIN_FREE_MB: '0',
        KIOSK_ADMIN_TOKEN: 'disk-full-drill-operator-token-0123456789ab',
      };
      let server = await startServerProcess(dataDir, port, env);
      const admin = adminHttpClient(server.url, env.KIOSK_ADMIN_TOKEN);
      const { enrollment } = await admin.createVenue('Kho');
      const device = await enrollTestDevice(server.url, enrollment.code);
      const acked = new Set<string>();
      const send = async () => {
        const batch = makeEntries(500).map(toWireEntry);
        const res = await upload(device, batch);
        if (res.status === 200) for (const id of res.body.held as string[]) acked.add(id);
        return res;
      };
      expect((await send()).status).toBe(200);
      disk.fill(256 * 1024);
      let refused = null;
      for (let i = 0; i < 40 && !refused; i++) {
        const res = await send();
        if (res.status !== 200) refused = res;
      }
      expect(refused).toMatchObject({ status: 507, body: { error: 'INSUFFICIENT_STORAGE' } });
      // Health still answers, and the database with it.
      expect((await health(server.url)).body).toMatchObject({ databaseOk: true });

      // Killed and started again on the full disk: it recovers and answers (507 again), or exits
      // non-zero for its supervisor to retry; it never hangs.
      await server.stop('SIGKILL');
      const again = await startServerProcess(dataDir, port, env).catch((e: Error) => e);
      if (again instanceof Error) expect(again.message).toMatch(/exited with [1-9]/);
      else {
        expect([200, 507]).toContain((await send()).status);
        await again.stop();
      }

      disk.free();
      server = await startServerProcess(dataDir, port, env);
      try {
        expect((await send()).status).toBe(200);
        const held = await openHeldIds(server, env.KIOSK_ADMIN_TOKEN, dataDir, port);
        for (const id of acked) expect(held.has(id)).toBe(true);
      } finally {
        await server.stop();
      }
    },
    120_000,
  );

  it.runIf(real)(
    'when the WAL cannot grow, the watchdog ends the stuck process, and every commit survives',
    async () => {
      const disk = mount(64)!;
      const dir = join(await pgliteDataDirAt(join(disk.dir, 'data')), 'pglite');
      // 6 s of stall: each step of the fill takes well under 1 s, even on a loaded 2-core CI.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', resolve(import.meta.dirname, 'support/wal-spin-child.ts'), dir, '6000'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c));
      child.stderr.on('data', (c: Buffer) => (out += c));
      const ended = await new Promise<{ code: number | null; signal: string | null }>((done) =>
        child.once('exit', (code, signal) => done({ code, signal })),
      );
      expect(out).toContain('filled');
      // Seen both ways: the statement that needs the segment fails (53100) and the next one
      // never returns, or that statement itself never returns.
      expect(ended.signal, out).toBe('SIGKILL');
      expect(out).toMatch(/the main thread has not run for \d+ s/);
      const committed = Math.max(
        0,
        ...[...out.matchAll(/committed (\d+)/g)].map((m) => Number(m[1])),
      );
      rmSync(join(disk.dir, 'data', 'filler-wal'), { force: true });
      const db = await openPgliteDatabase(dir);
      try {
        const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM acked');
        expect(row!.n).toBeGreaterThanOrEqual(committed);
      } finally {
        await db.close();
      }
    },
    90_000,
  );
});

/** The ids the server holds, read from its database after stopping it (PGlite: one process). */
async function openHeldIds(
  server: { stop(): Promise<void> },
  _token: string,
  dataDir: string,
  _port: number,
): Promise<Set<string>> {
  await server.stop();
  const db = await openPgliteDatabase(join(dataDir, 'pglite'));
  try {
    const rows = await db.query<{ id: string }>('SELECT id::text AS id FROM entries');
    return new Set(rows.map((r) => r.id));
  } finally {
    await db.close();
  }
}
