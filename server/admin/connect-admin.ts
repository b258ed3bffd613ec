// How the CLI reaches a server's admin operations. It tries the data directory's lock: if it
// gets it, no server runs there, and it opens the database itself while holding the lock; if
// the lock is held, a server runs (or is starting) and the CLI goes through its admin API at
// the address in server.json. A server.json left by a dead process is never trusted.
import { createVerifier } from '../../src/core';
import { loadAdminToken } from '../auth/admin-auth';
import { DataDirBusy, lockDataDir, type DataDirLock } from '../data-dir/data-dir-lock';
import { prepareDataDir } from '../data-dir/data-dir-modes';
import { openDatabase } from '../db/open-database';
import { dropStaleServerState, lastServerUrl, readServerState } from '../server-state';
import { adminHttpClient } from './admin-http-client';
import { adminOps, type AdminOps } from './admin-ops';

export interface AdminConnection {
  ops: AdminOps;
  /** `running server at …` or `database …`, for the CLI to say what it changed. */
  via: string;
  close(): Promise<void>;
}

/** The lock, or null while another process holds it (waiting up to `waitMs` for server.json). */
async function lockOrRunning(
  dataDir: string,
  purpose: string,
  waitMs: number,
): Promise<{ lock: DataDirLock } | { url: string; localUrl: string }> {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      return { lock: lockDataDir(dataDir, purpose) };
    } catch (e) {
      if (!(e instanceof DataDirBusy)) throw e;
      const state = readServerState(dataDir);
      if (state) return state;
      // Held, and no address yet: a server is starting, or another command runs. Wait a little.
      if (Date.now() >= until) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function connectAdmin(opts: {
  dataDir: string;
  databaseUrl?: string | null;
  publicUrl?: string;
  /** How long to wait for a server that holds the lock to say where it listens. */
  waitMs?: number;
}): Promise<AdminConnection> {
  prepareDataDir(opts.dataDir);
  const held = await lockOrRunning(opts.dataDir, 'kiosk CLI', opts.waitMs ?? 15_000);
  if (!('lock' in held)) {
    const ops = adminHttpClient(held.localUrl, loadAdminToken(opts.dataDir));
    return { ops, via: `the server running at ${held.url}`, close: async () => {} };
  }
  const { lock } = held;
  try {
    dropStaleServerState(opts.dataDir);
    const db = await openDatabase({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl ?? null });
    const publicUrl = opts.publicUrl ?? lastServerUrl(opts.dataDir) ?? 'http://127.0.0.1:8080';
    const ops = adminOps({
      db,
      verifier: await createVerifier('auto'),
      publicUrl: () => publicUrl,
    });
    return {
      ops,
      via: opts.databaseUrl ? 'the PostgreSQL database' : `the database in ${opts.dataDir}`,
      async close() {
        await db.close();
        lock.release();
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}
