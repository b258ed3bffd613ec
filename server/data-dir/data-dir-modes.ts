// The data directory holds ID data (the database, its WAL), the admin token and demo keys: it
// is the owner's alone. As PostgreSQL does, we refuse a directory that the group or others can
// enter, create it 0700, create files 0600 (umask 077 for the process), and tighten what an
// older version left readable (PGlite used to write its files 0666).
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirUnsafe extends Error {}

/** Creates the directory (0700) or checks an existing one; throws DataDirUnsafe. */
export function prepareDataDir(dataDir: string): void {
  restrictUmask();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const st = statSync(dataDir);
  if (!st.isDirectory()) throw new DataDirUnsafe(`${dataDir} is not a directory`);
  if ((st.mode & 0o077) !== 0)
    throw new DataDirUnsafe(
      `the data directory ${dataDir} is open to other users (mode ${(st.mode & 0o777).toString(8)}); ` +
        `it holds ID data and secrets: run  chmod 700 ${dataDir}  and start again`,
    );
  if (typeof process.getuid === 'function' && st.uid !== process.getuid())
    throw new DataDirUnsafe(
      `the data directory ${dataDir} belongs to another user (uid ${st.uid}); run the server as its owner`,
    );
  tightenModes(dataDir);
}

/** New files 0600 and directories 0700 from now on (a worker thread cannot change it). */
function restrictUmask(): void {
  try {
    process.umask(0o077);
  } catch {
    // Worker threads may not set the umask; tightenModes still fixes what is there.
  }
}

/** Files 0600 (0700 if executable), directories 0700, below `dir`; symlinks are left alone. */
export function tightenModes(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isSymbolicLink()) continue;
    if (st.isDirectory()) {
      if ((st.mode & 0o077) !== 0) chmodSync(path, 0o700);
      tightenModes(path);
    } else if ((st.mode & 0o077) !== 0) {
      chmodSync(path, st.mode & 0o100 ? 0o700 : 0o600);
    }
  }
}
