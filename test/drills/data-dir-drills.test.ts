// Data-directory drills: two servers started on one directory at once, a server killed with
// kill -9 (its lock and server.json left behind), a server.json naming a live process that is
// not a server, and a directory other users can read.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirBusy } from '../../server/data-dir/data-dir-lock';
import { DataDirUnsafe } from '../../server/data-dir/data-dir-modes';
import { startServer } from '../../server/start-server';
import { pgliteDataDir } from '../server/support/pglite-template';
import { freePort } from '../server/support/temp-postgres';
import { startServerProcess } from '../sync/support/server-process';

const BIN = resolve(import.meta.dirname, '../../bin/kiosk.mjs');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const dataDir = async () => {
  const d = await pgliteDataDir();
  dirs.push(d);
  return d;
};

/** Every file and directory below `dir` with group or other permission bits. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(join(dir, name), { throwIfNoEntry: false });
    if (st && (st.mode & 0o077) !== 0) found.push(`${name} ${(st.mode & 0o777).toString(8)}`);
  }
  return found;
}

describe('data directory drills', () => {
  it('two servers started at once on one directory: exactly one runs, the other exits 1', async () => {
    const dir = await dataDir();
    const ports = [await freePort(), await freePort()];
    const started = await Promise.allSettled(
      ports.map((port) =>
        startServerProcess(dir, port, {
          KIOSK_ADMIN_TOKEN: 'drill-token-of-the-operator-0123456789abcdef',
        }),
      ),
    );
    const ok = started.filter((s) => s.status === 'fulfilled');
    const refused = started.filter((s) => s.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(
      /exited with 1[\s\S]*is in use by another process \(pid \d+ · kiosk start/,
    );
    await (ok[0] as PromiseFulfilledResult<{ stop(): Promise<void> }>).value.stop();
  }, 60_000);

  it('a second server in the same process is refused before it opens the database', async () => {
    const dir = await dataDir();
    const first = await startServer({ dataDir: dir, port: 0, logLevel: 'error' });
    try {
      await expect(
        startServer({ dataDir: dir, port: 0, logLevel: 'error' }),
      ).rejects.toBeInstanceOf(DataDirBusy);
    } finally {
      await first.close();
    }
    // Released on close: a new server starts.
    await (await startServer({ dataDir: dir, port: 0, logLevel: 'error' })).close();
  });

  it('after kill -9 the lock is gone with the process: a new server starts at once', async () => {
    const dir = await dataDir();
    const server = await startServerProcess(dir, await freePort());
    await server.stop('SIGKILL');
    // server.json still names the dead process and its address.
    expect(readdirSync(dir)).toContain('server.json');
    const again = await startServerProcess(dir, await freePort());
    await again.stop();
  }, 60_000);

  it('a server.json naming a live process that is no server (a reused pid) does not fool the CLI', async () => {
    const dir = await dataDir();
    const sleeper = spawn('sleep', ['30']);
    writeFileSync(
      join(dir, 'server.json'),
      JSON.stringify({
        pid: sleeper.pid,
        url: 'http://127.0.0.1:9',
        localUrl: 'http://127.0.0.1:9',
        startedAt: 1,
      }),
    );
    try {
      const r = spawnSync(process.execPath, [BIN, 'venue', 'create', 'Cổng chính', '--data', dir], {
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`(in the database in ${dir})`);
    } finally {
      sleeper.kill();
    }
  }, 30_000);

  it('refuses a directory others can enter, and keeps everything it writes to its owner', async () => {
    const dir = await dataDir();
    chmodSync(dir, 0o755);
    await expect(startServer({ dataDir: dir, port: 0, logLevel: 'error' })).rejects.toThrow(
      DataDirUnsafe,
    );
    chmodSync(dir, 0o700);
    // An old directory: files the previous version left readable to all.
    writeFileSync(join(dir, 'admin-token'), 'xF0ldT0ken-fr0m-an-older-versi0n-0123\n', {
      mode: 0o644,
    });
    chmodSync(join(dir, 'admin-token'), 0o644);
    const server = await startServer({ dataDir: dir, port: 0, logLevel: 'error' });
    try {
      const { enrollment } = await server.ops.createVenue('Quầy');
      expect(enrollment.code).toBeTruthy();
      await server.db.query('CHECKPOINT');
      expect(openToOthers(dir)).toEqual([]);
    } finally {
      await server.close();
    }
    // A new directory is made 0700.
    const fresh = join(dir, 'nested-new');
    mkdirSync(join(fresh, '..'), { recursive: true });
    const made = await startServer({ dataDir: fresh, port: 0, logLevel: 'error' });
    await made.close();
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    expect(openToOthers(fresh)).toEqual([]);
  }, 60_000);
});
