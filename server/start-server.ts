// Starts the sync server: opens and migrates the database (PGlite in <dataDir>/pglite, or
// PostgreSQL at DATABASE_URL), builds the app, listens, and with `demo` prepares the demo
// keys, bundle, venue and enrollment code. Tests start it with a temp dir and port 0.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createVerifier } from '../src/core';
import { MAX_CLOCK_SKEW_MS } from '../src/sync/wire';
import { adminOps, type AdminOps } from './admin/admin-ops';
import { buildApp } from './app';
import { loadAdminToken } from './auth/admin-auth';
import type { Database } from './db/database';
import { openDatabase } from './db/open-database';
import { ensureDemo, loadDemoKeys, type DemoSetup } from './demo/demo-setup';
import type { SecuritySink } from './http/security-log';
import { serverUrls } from './public-url';
import { clearServerState, runningServer, writeServerState } from './server-state';
import { forgetNoncesBefore } from './store/device-keys';

export interface ServerOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 by default; 0.0.0.0 for a LAN. */
  host?: string;
  /** PostgreSQL connection string; PGlite in the data dir when absent. */
  databaseUrl?: string | null;
  /** The built kiosk to serve at /, or null for the API and pages only. */
  staticDir?: string | null;
  /** Defaults to KIOSK_ADMIN_TOKEN, else <dataDir>/admin-token. */
  adminToken?: string;
  /** The address kiosks use, when it is not the one the server listens on (a proxy). */
  publicUrl?: string;
  /** Demo keys, bundle, venue and code, and the /demo page of sample codes. */
  demo?: boolean;
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  logLevel?: string;
  security?: SecuritySink;
  now?: () => number;
}

export interface ServerHandle {
  url: string;
  localUrl: string;
  port: number;
  adminToken: string;
  db: Database;
  ops: AdminOps;
  app: FastifyInstance;
  demo: DemoSetup | null;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<ServerHandle> {
  const { dataDir } = opts;
  const now = opts.now ?? Date.now;
  mkdirSync(dataDir, { recursive: true });
  const other = runningServer(dataDir);
  if (other && other.pid !== process.pid)
    throw new Error(`a server (pid ${other.pid}) already serves ${dataDir} at ${other.url}`);
  const db = await openDatabase({ dataDir, databaseUrl: opts.databaseUrl ?? null });
  const verifier = await createVerifier('auto');
  const adminToken = opts.adminToken ?? loadAdminToken(dataDir);
  let urls = { url: opts.publicUrl ?? '', localUrl: '' };
  const ops = adminOps({ db, verifier, now, publicUrl: () => urls.url });
  const demoKeys = opts.demo ? loadDemoKeys(dataDir) : null;
  const app = await buildApp({
    db,
    verifier,
    ops,
    adminToken,
    now,
    staticDir: opts.staticDir ?? null,
    demoIssuer: demoKeys?.issuer ?? null,
    logLevel: opts.logLevel ?? 'warn',
    ...(opts.tls ? { https: opts.tls } : {}),
    ...(opts.security ? { security: opts.security } : {}),
  });
  try {
    await app.listen({ port: opts.port ?? 8080, host: opts.host ?? '127.0.0.1' });
  } catch (e) {
    await app.close();
    await db.close();
    throw e;
  }
  const port = (app.server.address() as AddressInfo).port;
  const found = serverUrls(opts.host ?? '127.0.0.1', port, opts.tls ? 'https' : 'http');
  urls = { url: (opts.publicUrl ?? found.url).replace(/\/+$/, ''), localUrl: found.localUrl };
  const demo = demoKeys
    ? await ensureDemo(db, ops, demoKeys, { dataDir, publicUrl: urls.url, now: now() })
    : null;
  writeServerState(dataDir, {
    pid: process.pid,
    url: urls.url,
    localUrl: urls.localUrl,
    startedAt: now(),
  });
  // Nonces outlive the accepted clock skew twice over; older requests are refused by time anyway.
  const sweep = setInterval(
    () => void forgetNoncesBefore(db, now() - 2 * MAX_CLOCK_SKEW_MS).catch(() => undefined),
    60_000,
  );
  sweep.unref();

  let closing: Promise<void> | null = null;
  return {
    ...urls,
    port,
    adminToken,
    db,
    ops,
    app,
    demo,
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        await app.close();
        await db.close();
        clearServerState(dataDir, process.pid);
      })();
      return closing;
    },
  };
}
