// Backups as server/README.md describes them, restored and checked entry by entry:
// PGlite with `kiosk backup` (through a running server, and with the server stopped) and
// `kiosk restore` into a new data directory; PostgreSQL with pg_dump -Fc and pg_restore.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { backupCommand, restoreCommand } from '../../cli/commands/backup';
import { toWireEntry } from '../../src/sync/wire-entry';
import { startServer, type ServerHandle } from '../../server/start-server';
import { makeEntries } from './support/entries';
import { pgliteDataDir } from './support/pglite-template';
import { enrollTestDevice, upload } from './support/signed-client';
import { postgresBinDir, startTempPostgres } from './support/temp-postgres';
import { startTestServer } from './support/test-server';

const BIN = resolve(import.meta.dirname, '../../bin/kiosk.mjs');
const kioskAsync = promisify(execFile);

async function seed(server: ServerHandle, n: number): Promise<string[]> {
  const { enrollment } = await server.ops.createVenue('Sao lưu');
  const device = await enrollTestDevice(server.url, enrollment.code);
  const entries = makeEntries(n).map(toWireEntry);
  expect((await upload(device, entries)).body.inserted).toBe(n);
  return entries.map((e) => e.id);
}

const idsOf = async (server: ServerHandle) =>
  (await server.db.query<{ id: string }>('SELECT id::text AS id FROM entries ORDER BY id')).map(
    (r) => r.id,
  );

describe('backup and restore', () => {
  it('PGlite: kiosk backup from a running server and from a stopped one; kiosk restore', async () => {
    const dataDir = await pgliteDataDir();
    const work = mkdtempSync(join(tmpdir(), 'kiosk-backup-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      let server = await startServer({ dataDir, port: 0, logLevel: 'error' });
      const ids = (await seed(server, 300)).sort();
      // Through the running server's admin API, as the command line runs it.
      const live = join(work, 'live.tar.gz');
      const { stdout } = await kioskAsync(process.execPath, [
        BIN,
        'backup',
        '--data',
        dataDir,
        '--out',
        live,
      ]);
      expect(stdout).toMatch(/backup of .* written to/);
      await server.close();
      // The server stopped: the command opens the database itself, under the lock.
      const cold = join(work, 'cold.tar.gz');
      expect(await backupCommand(['--data', dataDir, '--out', cold])).toBe(0);
      for (const [name, file] of [
        ['live', live],
        ['cold', cold],
      ] as const) {
        const restored = join(work, `restored-${name}`);
        log.mockClear();
        expect(await restoreCommand([file, '--data', restored])).toBe(0);
        expect(String(log.mock.calls.at(-1)?.[0])).toContain('(300 entries)');
        server = await startServer({ dataDir: restored, port: 0, logLevel: 'error' });
        expect(await idsOf(server)).toEqual(ids);
        await server.close();
      }
      // Never over an existing database.
      expect(await restoreCommand([cold, '--data', join(work, 'restored-live')])).toBe(1);
      expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/holds a database already/);
    } finally {
      log.mockRestore();
      err.mockRestore();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  const bin = postgresBinDir();
  it.runIf(bin !== null)(
    'PostgreSQL: pg_dump -Fc, pg_restore into a new database, every entry there',
    async () => {
      const cluster = await startTempPostgres();
      const work = mkdtempSync(join(tmpdir(), 'kiosk-pgdump-'));
      try {
        const source = await cluster.createDatabase('kiosk_live');
        let server = await startTestServer({ databaseUrl: source });
        const ids = (await seed(server, 300)).sort();
        const dump = join(work, 'kiosk.dump');
        const d = spawnSync(join(bin!, 'pg_dump'), ['-Fc', '-f', dump, source], {
          encoding: 'utf8',
        });
        expect(d.status, d.stderr).toBe(0);
        await server.close();
        const target = await cluster.createDatabase('kiosk_restored');
        const r = spawnSync(join(bin!, 'pg_restore'), ['--no-owner', '-d', target, dump], {
          encoding: 'utf8',
        });
        expect(r.status, r.stderr).toBe(0);
        server = await startTestServer({ databaseUrl: target });
        expect(await idsOf(server)).toEqual(ids);
        // The restored database takes uploads as before (partitions, migrations intact).
        await seed(server, 10);
        await server.close();
      } finally {
        await cluster.stop();
        rmSync(work, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
