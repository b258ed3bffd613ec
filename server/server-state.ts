// `<dataDir>/server.json`: at which address the server holding this data directory's lock
// listens. The CLI reads it to reach that server through its admin API (PGlite allows only
// one process in a data directory). Whether a server runs is decided by the lock
// (server/data-dir/data-dir-lock.ts), never by this file: a stale one is simply ignored.
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
  writeFileSync(file(dataDir), JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
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

/** Keeps the last address (for enrollment texts made offline) but drops the rest. */
export function clearServerState(dataDir: string, pid: number): void {
  const state = readServerState(dataDir);
  if (state?.pid !== pid) return;
  rmSync(file(dataDir), { force: true });
  writeFileSync(join(dataDir, 'last-url'), state.url + '\n', { mode: 0o600 });
}

/** Forgets a server.json left by a process that died (the caller holds the lock). */
export function dropStaleServerState(dataDir: string): void {
  const state = readServerState(dataDir);
  if (state) writeFileSync(join(dataDir, 'last-url'), state.url + '\n', { mode: 0o600 });
  rmSync(file(dataDir), { force: true });
}

export function lastServerUrl(dataDir: string): string | null {
  const path = join(dataDir, 'last-url');
  return existsSync(path) ? readFileSync(path, 'utf8').trim() || null : null;
}
