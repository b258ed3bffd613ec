// Creating a PGlite cluster costs seconds (initdb in WebAssembly); copying one costs far less.
// The migrated template is made once per migration set and reused by every test server and
// benchmark run, the empty one once per PGlite version (migration tests with old data); it is created aside and renamed into place, so parallel test
// files never see half of one.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../../../server/db/migrate';
import type { Database } from '../../../server/db/database';
import { openPgliteDatabase } from '../../../server/db/pglite-database';

const MIGRATIONS = fileURLToPath(new URL('../../../server/migrations/', import.meta.url));

/** A template's folder, named after what makes it (the migrations, PGlite's version). */
function templateDir(kind: 'migrated' | 'empty'): string {
  const hash = createHash('sha256').update(kind);
  if (kind === 'migrated')
    for (const f of readdirSync(MIGRATIONS).sort())
      hash.update(f).update(readFileSync(join(MIGRATIONS, f)));
  hash.update(
    readFileSync(
      fileURLToPath(
        new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      ),
    ),
  );
  return join(tmpdir(), `kiosk-pglite-${kind}-${hash.digest('hex').slice(0, 16)}`);
}

const ready: Partial<Record<'migrated' | 'empty', Promise<string>>> = {};

function ensureTemplate(kind: 'migrated' | 'empty'): Promise<string> {
  return (ready[kind] ??= (async () => {
    const dir = templateDir(kind);
    if (existsSync(dir)) return dir;
    const staging = mkdtempSync(`${dir}-staging-`);
    const db = await openPgliteDatabase(join(staging, 'pglite'), { durable: false });
    if (kind === 'migrated') await migrate(db);
    await db.close();
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another worker won the race
    }
    return dir;
  })());
}

/** A PGlite database with no schema at all, from a copied template (initdb costs seconds). */
export async function emptyPgliteDatabase(): Promise<Database> {
  const template = await ensureTemplate('empty');
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pglite-empty-'));
  cpSync(join(template, 'pglite'), join(dir, 'pglite'), { recursive: true });
  const db = await openPgliteDatabase(join(dir, 'pglite'), { durable: false });
  return {
    ...db,
    async close() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new server data directory whose PGlite database is already created and migrated. */
export async function pgliteDataDir(): Promise<string> {
  return pgliteDataDirAt(mkdtempSync(join(tmpdir(), 'kiosk-server-')));
}

/** The same, at a given path (on a small disk, say); made 0700 if missing. */
export async function pgliteDataDirAt(dataDir: string): Promise<string> {
  const template = await ensureTemplate('migrated');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  cpSync(join(template, 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  return dataDir;
}
