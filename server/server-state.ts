// `<dataDir>/server.json`: which process serves this data directory, and at which address.
// The CLI reads it to reach a running server through the admin API (PGlite allows only one
// process in a data directory) and `kiosk start` to refuse starting a second server on it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerState {
  pid: number;
  /** The address kiosks use (a LAN address with --host 0.0.0.0). */
  url: string;
  /** An address that works from this machine (loopback). */
  localUrl: string;
  startedAt: number;
}

const file = (dataDir: string) => join(dataDir, 'server.json');

export function writeServerState(dataDir: string, state: ServerState): void {
  writeFileSync(file(dataDir), JSON.stringify(state, null, 2) + '\n');
}

export function readServerState(dataDir: string): ServerState | null {
  if (!existsSync(file(dataDir))) return null;
  try {
    const s = JSON.parse(readFileSync(file(dataDir), 'utf8')) as Partial<ServerState>;
    return typeof s.pid === 'number' && typeof s.url === 'string' && typeof s.localUrl === 'string'
      ? { pid: s.pid, url: s.url, localUrl: s.localUrl, startedAt: Number(s.startedAt) || 0 }
      : null;
  } catch {
    return null;
  }
}

/** The server recorded there, if its process still runs. */
export function runningServer(dataDir: string): ServerState | null {
  const state = readServerState(dataDir);
  if (!state) return null;
  try {
    process.kill(state.pid, 0);
    return state;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else; still running.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? state : null;
  }
}

/** Keeps the last address (for enrollment texts made offline) but drops the pid. */
export function clearServerState(dataDir: string, pid: number): void {
  const state = readServerState(dataDir);
  if (state?.pid !== pid) return;
  rmSync(file(dataDir), { force: true });
  writeFileSync(join(dataDir, 'last-url'), state.url + '\n');
}

export function lastServerUrl(dataDir: string): string | null {
  const path = join(dataDir, 'last-url');
  return existsSync(path) ? readFileSync(path, 'utf8').trim() || null : null;
}
