// `kiosk backup` and `kiosk restore`: the embedded database (PGlite) as one gzipped tarball.
// A backup is taken between two statements, so it is consistent (as after a clean stop); it
// goes through the running server's admin API, or opens the database itself (holding the data
// directory's lock) when none runs. A restore makes a new data directory from a backup; it
// never writes over a database. PostgreSQL is backed up with pg_dump (server/README.md).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { AdminError } from '../../server/admin/admin-error';
import { loadAdminToken } from '../../server/auth/admin-auth';
import { DataDirBusy, lockDataDir } from '../../server/data-dir/data-dir-lock';
import { prepareDataDir } from '../../server/data-dir/data-dir-modes';
import { DurableNodeFS, durableStartParams } from '../../server/db/durable-node-fs';
import { openDatabase } from '../../server/db/open-database';
import { readServerState } from '../../server/server-state';
import { DATA_OPTION, dataDirOf, refusalOf } from '../admin-connection';
import { fail } from '../usage-error';

const BACKUP_USAGE = 'usage: kiosk backup --out FILE.tar.gz [--data DIR]';
const RESTORE_USAGE = 'usage: kiosk restore FILE.tar.gz --data NEW_DIR';

async function viaServer(dataDir: string, url: string): Promise<Buffer> {
  const res = await fetch(`${url}/api/admin/backup`, {
    headers: { authorization: `Bearer ${loadAdminToken(dataDir)}` },
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string; reason?: string } | null;
    throw new AdminError(body?.error ?? `HTTP_${res.status}`, body?.reason ?? '', res.status);
  }
  return Buffer.from(await res.arrayBuffer());
}

async function directly(dataDir: string): Promise<Buffer> {
  const lock = lockDataDir(dataDir, 'kiosk backup');
  try {
    const db = await openDatabase({ dataDir, migrate: 'none' });
    try {
      return await db.dump!();
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}

export async function backupCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DATA_OPTION, out: { type: 'string' } },
  });
  if (positionals.length || !values.out) fail(BACKUP_USAGE);
  if (process.env.DATABASE_URL) {
    console.error('kiosk backup: PostgreSQL is backed up with pg_dump -Fc (see server/README.md)');
    return 1;
  }
  const dataDir = dataDirOf(values);
  let tarball: Buffer;
  try {
    prepareDataDir(dataDir);
    try {
      tarball = await directly(dataDir);
    } catch (e) {
      const running = e instanceof DataDirBusy ? readServerState(dataDir) : null;
      if (!running) throw e;
      tarball = await viaServer(dataDir, running.localUrl);
    }
  } catch (e) {
    const refusal = refusalOf(e) ?? (e instanceof AdminError ? `${e.code}: ${e.message}` : null);
    if (!refusal) throw e;
    console.error(`kiosk backup: ${refusal}`);
    return 1;
  }
  writeFileSync(values.out, tarball, { mode: 0o600 });
  console.log(`backup of ${dataDir} written to ${values.out} (${tarball.length} bytes)`);
  return 0;
}

export async function restoreCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DATA_OPTION },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length || !values.data) fail(RESTORE_USAGE);
  const dataDir = values.data;
  try {
    prepareDataDir(dataDir);
  } catch (e) {
    const refusal = refusalOf(e);
    if (!refusal) throw e;
    console.error(`kiosk restore: ${refusal}`);
    return 1;
  }
  const lock = lockDataDir(dataDir, 'kiosk restore');
  try {
    const target = join(dataDir, 'pglite');
    if (existsSync(join(target, 'PG_VERSION'))) {
      console.error(`kiosk restore: ${target} holds a database already; restore into a new --data`);
      return 1;
    }
    const db = await PGlite.create({
      fs: new DurableNodeFS(target),
      startParams: durableStartParams(),
      loadDataDir: new Blob([readFileSync(file)]),
    });
    const [{ n } = { n: 0 }] = (
      await db.query<{ n: number }>('SELECT count(*)::int AS n FROM entries')
    ).rows;
    await db.close();
    console.log(
      `restored ${file} into ${dataDir} (${n} entries); start the server with --data ${dataDir}`,
    );
    return 0;
  } finally {
    lock.release();
  }
}
