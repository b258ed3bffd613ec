// Creating a PGlite cluster costs seconds (initdb in WebAssembly); copying a migrated one
// costs milliseconds. The template is made once per migration set and reused by every test
// server and benchmark run; it is created aside and renamed into place, so parallel test
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
import { openPgliteDatabase } from '../../../server/db/pglite-database';

const MIGRATIONS = fileURLToPath(new URL('../../../server/migrations/', import.meta.url));

function templateDir(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS).sort())
    hash.update(f).update(readFileSync(join(MIGRATIONS, f)));
  hash.update(
    readFileSync(
      fileURLToPath(
        new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      ),
    ),
  );
  return join(tmpdir(), `kiosk-pglite-template-${hash.digest('hex').slice(0, 16)}`);
}

let ready: Promise<string> | null = null;

async function ensureTemplate(): Promise<string> {
  const dir = templateDir();
  if (existsSync(dir)) return dir;
  const staging = mkdtempSync(`${dir}-staging-`);
  const db = await openPgliteDatabase(join(staging, 'pglite'));
  await migrate(db);
  await db.close();
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another worker won the race
  }
  return dir;
}

/** A new server data directory whose PGlite database is already created and migrated. */
export async function pgliteDataDir(): Promise<string> {
  return pgliteDataDirAt(mkdtempSync(join(tmpdir(), 'kiosk-server-')));
}

/** The same, at a given path (on a small disk, say); made 0700 if missing. */
export async function pgliteDataDirAt(dataDir: string): Promise<string> {
  ready ??= ensureTemplate();
  const template = await ready;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  cpSync(join(template, 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  return dataDir;
}
