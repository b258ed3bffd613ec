// Starts the sync server: opens and migrates the database (PGlite in <dataDir>/pglite, or
// PostgreSQL at DATABASE_URL), re-keys any raw pass ids left from before pseudonyms, builds
// the app, listens, starts the background chores (sweeps, retention, door hooks), and with
// `demo` prepares the demo keys, bundle, venue, enrollment code and owner account. Tests
// start it with a temp dir and port 0.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createVerifier } from '../src/core';
import type { ScryptParams } from './accounts/passwords';
import { adminOps, type AdminOps } from './admin/admin-ops';
import { buildApp } from './app';
import { loadAdminToken } from './auth/admin-auth';
import type { Database } from './db/database';
import { openDatabase } from './db/open-database';
import { ensureDemoOwner, type DemoOwner } from './demo/demo-owner';
import { ensureDemo, loadDemoKeys, type DemoSetup } from './demo/demo-setup';
import { startHookWorker } from './door-hook/hook-worker';
import { startPeriodicJobs, type PeriodicJobs } from './jobs/periodic-jobs';
import type { PartitionDropper } from './privacy/retention';
import { purgeRawRemnants, rekeyRawPassIds } from './privacy/rekey-pass-ids';
import type { SecuritySink } from './http/security-log';
import { serverUrls } from './public-url';
import { clearServerState, runningServer, writeServerState } from './server-state';

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
  /** Behind a TLS proxy (--trust-proxy): see AppOptions.trustProxy. */
  trustProxy?: boolean | string;
  /** Password hashing cost; tests lower it, production keeps the default. */
  scrypt?: ScryptParams;
  /** The data layer's partition primitive for retention on PostgreSQL, when there is one. */
  dropper?: PartitionDropper | null;
  /** Where the log goes (tests); stdout by default. */
  logStream?: { write(line: string): void };
}

export interface ServerHandle {
  url: string;
  localUrl: string;
  port: number;
  adminToken: string;
  db: Database;
  ops: AdminOps;
  app: FastifyInstance;
  demo: (DemoSetup & { owner: DemoOwner }) | null;
  jobs: PeriodicJobs;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<ServerHandle> {
  const { dataDir } = opts;
  const now = opts.now ?? Date.now;
  mkdirSync(dataDir, { recursive: true });
  const other = runningServer(dataDir);
  if (other && other.pid !== process.pid)
    throw new Error(`a server (pid ${other.pid}) already serves ${dataDir} at ${other.url}`);
  const adminToken = opts.adminToken ?? loadAdminToken(dataDir);
  const db = await openDatabase({ dataDir, databaseUrl: opts.databaseUrl ?? null });
  const verifier = await createVerifier('auto');
  let urls = { url: opts.publicUrl ?? '', localUrl: '' };
  const publicUrl = () => urls.url;
  const dropper = opts.dropper ?? null;
  const ops = adminOps({ db, verifier, now, publicUrl, dropper });
  const demoKeys = opts.demo ? loadDemoKeys(dataDir) : null;
  let app: FastifyInstance | null = null;
  const hooks = startHookWorker({ db, now, onError: (m) => app?.log.warn(m) });
  const jobs = startPeriodicJobs({ db, now, dropper, onError: (m) => app?.log.error(m) });
  try {
    // Entries stored before pseudonyms: keyed now, before any page can show or trace them.
    const rekeyed = await rekeyRawPassIds(db, now());
    if (rekeyed > 0) await purgeRawRemnants(db);
    app = await buildApp({
      db,
      verifier,
      ops,
      adminToken,
      now,
      publicUrl,
      dropper,
      hooks,
      ...(opts.scrypt ? { scrypt: opts.scrypt } : {}),
      staticDir: opts.staticDir ?? null,
      demoIssuer: demoKeys?.issuer ?? null,
      logLevel: opts.logLevel ?? 'warn',
      ...(opts.tls ? { https: opts.tls } : {}),
      ...(opts.security ? { security: opts.security } : {}),
      ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
      ...(opts.logStream ? { logStream: opts.logStream } : {}),
    });
    if (rekeyed > 0) app.log.warn(`pseudonymised the pass ids of ${rekeyed} stored entries`);
    await app.listen({ port: opts.port ?? 8080, host: opts.host ?? '127.0.0.1' });
  } catch (e) {
    await Promise.all([hooks.stop(), jobs.stop()]);
    await app?.close();
    await db.close();
    throw e;
  }
  const server = app;
  const port = (server.server.address() as AddressInfo).port;
  const found = serverUrls(opts.host ?? '127.0.0.1', port, opts.tls ? 'https' : 'http');
  urls = { url: (opts.publicUrl ?? found.url).replace(/\/+$/, ''), localUrl: found.localUrl };
  const demoSetup = demoKeys
    ? await ensureDemo(db, ops, demoKeys, { dataDir, publicUrl: urls.url, now: now() })
    : null;
  const demo = demoSetup
    ? { ...demoSetup, owner: await ensureDemoOwner(db, demoSetup.venueId, now(), opts.scrypt) }
    : null;
  writeServerState(dataDir, {
    pid: process.pid,
    url: urls.url,
    localUrl: urls.localUrl,
    startedAt: now(),
  });

  let closing: Promise<void> | null = null;
  return {
    ...urls,
    port,
    adminToken,
    db,
    ops,
    app: server,
    demo,
    jobs,
    close() {
      closing ??= (async () => {
        await Promise.all([hooks.stop(), jobs.stop()]);
        await server.close();
        await db.close();
        clearServerState(dataDir, process.pid);
      })();
      return closing;
    },
  };
}
