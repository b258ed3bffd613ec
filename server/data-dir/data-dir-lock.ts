// An exclusive OS lock on the data directory, taken before anything opens the database in it
// and held for the life of the process (`kiosk start`, and every CLI command that opens the
// database itself). The kernel holds the lock, so a process that dies — even by kill -9 —
// releases it at once, and a stale lock cannot exist: nothing is decided from a pid.
//
// The lock is an open-file-description lock (fcntl F_OFD_SETLK on Linux; flock on macOS) on
// `<dataDir>/kiosk.lock`, through fs-native-extensions, which ships prebuilt binaries (no
// compiler needed). It conflicts with any other open of the file, in this process or another,
// so a second server in the same test process is refused too. The file's text (pid, start
// time, command) is only for people reading it.
// The package ships no types; the declaration is ambient, so every tsconfig that compiles this
// file (server, cli, test) must see it: a reference rather than an import.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./fs-native-extensions.d.ts" />
import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import fsx from 'fs-native-extensions';

export const LOCK_FILE = 'kiosk.lock';

export interface DataDirLock {
  readonly dataDir: string;
  release(): void;
}

export class DataDirBusy extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(
      `the data directory ${dataDir} is in use by another process${holder ? ` (${holder})` : ''}; ` +
        'one process at a time may open it',
    );
  }
}

/** Takes the lock or throws DataDirBusy; never waits. */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const fd = openSync(path, 'a+', 0o600);
  let locked = false;
  try {
    locked = fsx.tryLock(fd);
  } finally {
    if (!locked) closeSync(fd);
  }
  if (!locked) throw new DataDirBusy(dataDir, holderOf(dataDir));
  ftruncateSync(fd, 0);
  writeSync(fd, `pid ${process.pid} · ${purpose} · since ${new Date().toISOString()}\n`, 0);
  let held = true;
  return {
    dataDir,
    release() {
      if (!held) return;
      held = false;
      try {
        ftruncateSync(fd, 0);
        fsx.unlock(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** What the holder wrote into the lock file (for messages only). */
export function holderOf(dataDir: string): string {
  try {
    return readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim();
  } catch {
    return '';
  }
}
