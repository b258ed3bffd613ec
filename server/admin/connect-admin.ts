// How the CLI reaches a server's admin operations: through the admin API when a server runs
// on the data directory, or by opening the database itself when none does.
import { createVerifier } from '../../src/core';
import { loadAdminToken } from '../auth/admin-auth';
import { openDatabase } from '../db/open-database';
import { lastServerUrl, runningServer } from '../server-state';
import { adminHttpClient } from './admin-http-client';
import { adminOps, type AdminOps } from './admin-ops';

export interface AdminConnection {
  ops: AdminOps;
  /** `running server at …` or `database …`, for the CLI to say what it changed. */
  via: string;
  close(): Promise<void>;
}

export async function connectAdmin(opts: {
  dataDir: string;
  databaseUrl?: string | null;
  publicUrl?: string;
}): Promise<AdminConnection> {
  const running = runningServer(opts.dataDir);
  if (running) {
    const ops = adminHttpClient(running.localUrl, loadAdminToken(opts.dataDir));
    return { ops, via: `the server running at ${running.url}`, close: async () => {} };
  }
  const db = await openDatabase({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl ?? null });
  const publicUrl = opts.publicUrl ?? lastServerUrl(opts.dataDir) ?? 'http://127.0.0.1:8080';
  const ops = adminOps({ db, verifier: await createVerifier('auto'), publicUrl: () => publicUrl });
  return {
    ops,
    via: opts.databaseUrl ? 'the PostgreSQL database' : `the database in ${opts.dataDir}`,
    close: () => db.close(),
  };
}
