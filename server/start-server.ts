// Starts the sync server: checks and locks the data directory, opens and migrates the
// database (PGlite in <dataDir>/pglite, or PostgreSQL at DATABASE_URL), builds the app,
// listens, and with `demo` prepares the demo keys, bundle, venue and enrollment code. Tests
// start it with a temp dir and port 0.
//
// What keeps it honest when things go wrong: the data directory's lock (one process per
// directory, taken before the database is opened), a deadline on every database call, a
// monitor that ends the process when the database stops answering (`onFatal`), an event-loop
// watchdog for a database stuck inside this thread, the free-space guard, and HTTP timeouts.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createVerifier } from '../src/core';
import { MAX_CLOCK_SKEW_MS } from '../src/sync/wire';
import { adminOps, type AdminOps } from './admin/admin-ops';
import { buildApp, DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts } from './app';
import { loadAdminToken } from './auth/admin-auth';
import { lockDataDir } from './data-dir/data-dir-lock';
import { prepareDataDir } from './data-dir/data-dir-modes';
import type { Database } from './db/database';
import { ensureEntryPartitions, WEEK_MS } from './db/entry-partitions';
import { openDatabase } from './db/open-database';
import { withTimeouts } from './db/timed-database';
import { ensureDemo, loadDemoKeys, type DemoSetup } from './demo/demo-setup';
import { removeDemo, type DemoRemoved } from './demo/demo-removal';
import { startDatabaseMonitor } from './health/database-monitor';
import { startEventLoopWatchdog, type Watchdog } from './health/event-loop-watchdog';
import { DEFAULT_MIN_FREE_BYTES, freeSpaceGuard } from './health/free-space';
import type { SecuritySink } from './http/security-log';
import { DEFAULT_UPLOAD_LIMITS, tokenBuckets, type UploadLimits } from './http/upload-limits';
import { multiServerProblems } from './multi-server';
import { isLoopbackHost, serverUrls } from './public-url';
import { clearServerState, writeServerState } from './server-state';
import { forgetIntakeBefore, utcDay } from './store/device-intake';
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
  /** Defaults to KIOSK_ADMIN_TOKEN, else <dataDir>/admin-token (not in multi-server mode). */
  adminToken?: string;
  /** The address kiosks use, when it is not the one the server listens on (a proxy). */
  publicUrl?: string;
  /** Demo keys, bundle, venue and code, and the /demo page (loopback hosts only). Without
   * it, demo traces left in the data directory by an earlier demo run are removed. */
  demo?: boolean;
  /** Several processes on one PostgreSQL: refuses to start without one shared config. */
  multiServer?: boolean;
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  logLevel?: string;
  logStream?: NodeJS.WritableStream;
  security?: SecuritySink;
  now?: () => number;
  /** 'apply' (default) migrates at start; 'check' refuses a schema behind the code. */
  migrate?: 'apply' | 'check';
  /** PostgreSQL connections per process (default 8). */
  poolSize?: number;
  /** Deadline of every database call (default 10 s). */
  dbTimeoutMs?: number;
  /** The database unanswering this long ends the process through onFatal (default 30 s). */
  dbDeadAfterMs?: number;
  dbProbeIntervalMs?: number;
  /** What to do when the server cannot go on; default: log and exit with code 70. */
  onFatal?: (reason: string) => void;
  /** Kill the process when its main thread is stuck this long (default 60 s; null: off). */
  stallExitMs?: number | null;
  /** Uploads are refused (507) below this many free bytes in the data directory. */
  minFreeBytes?: number;
  /** Reads the free bytes (tests may simulate a full disk where they cannot mount one). */
  freeBytesReader?: (dir: string) => number;
  limits?: Partial<UploadLimits>;
  timeouts?: Partial<HttpTimeouts>;
  /** PGlite only: false for throwaway test databases (no fsync). */
  durable?: boolean;
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
  /** What starting without --demo removed from an earlier demo run, if anything. */
  demoRemoved: DemoRemoved | null;
  close(): Promise<void>;
}

export class StartRefused extends Error {}

const exitOnFatal = (reason: string) => {
  console.error(`kiosk server: ${reason}; exiting so that the supervisor restarts it`);
  process.exit(70);
};

function checkConfig(opts: ServerOptions): void {
  const host = opts.host ?? '127.0.0.1';
  if (opts.demo && !isLoopbackHost(host))
    throw new StartRefused(
      `--demo serves codes that any kiosk of this server admits: it is allowed on a loopback ` +
        `host only (127.0.0.1, ::1), not on ${host}`,
    );
  if (opts.multiServer) {
    const problems = multiServerProblems(opts);
    if (problems.length)
      throw new StartRefused(
        `multi-server mode needs one shared config:\n  ${problems.join('\n  ')}`,
      );
  }
}

export async function startServer(opts: ServerOptions): Promise<ServerHandle> {
  const { dataDir } = opts;
  const now = opts.now ?? Date.now;
  const onFatal = opts.onFatal ?? exitOnFatal;
  checkConfig(opts);
  prepareDataDir(dataDir);
  const lock = lockDataDir(dataDir, 'kiosk start');
  const cleanups: (() => unknown)[] = [() => lock.release()];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c();
  };
  try {
    const raw = await openDatabase({
      dataDir,
      databaseUrl: opts.databaseUrl ?? null,
      migrate: opts.migrate ?? 'apply',
      ...(opts.poolSize ? { poolSize: opts.poolSize } : {}),
      statementTimeoutMs: opts.dbTimeoutMs ?? 10_000,
      ...(opts.durable === false ? { durable: false } : {}),
    });
    cleanups.push(() => raw.close());
    const db = withTimeouts(raw, opts.dbTimeoutMs ?? 10_000);
    await ensureEntryPartitions(db, now() - WEEK_MS, now() + 3 * WEEK_MS);
    const demoRemoved = opts.demo ? null : await removeDemo(db, dataDir);
    const verifier = await createVerifier('auto');
    const adminToken = opts.adminToken ?? loadAdminToken(dataDir);
    let urls = { url: opts.publicUrl ?? '', localUrl: '' };
    const ops = adminOps({ db, verifier, now, publicUrl: () => urls.url });
    const demoKeys = opts.demo ? loadDemoKeys(dataDir) : null;
    const monitor = startDatabaseMonitor({
      db: raw,
      intervalMs: opts.dbProbeIntervalMs ?? 5_000,
      timeoutMs: Math.min(5_000, opts.dbTimeoutMs ?? 10_000),
      deadAfterMs: opts.dbDeadAfterMs ?? 30_000,
      onDead: onFatal,
    });
    cleanups.push(() => monitor.stop());
    let watchdog: Watchdog | null = null;
    if (opts.stallExitMs !== null) {
      watchdog = startEventLoopWatchdog(opts.stallExitMs ?? 60_000);
      const dog = watchdog;
      cleanups.push(() => dog.stop());
    }
    const app = await buildApp({
      db,
      verifier,
      ops,
      adminToken,
      now,
      staticDir: opts.staticDir ?? null,
      demoIssuer: demoKeys?.issuer ?? null,
      logLevel: opts.logLevel ?? 'warn',
      ...(opts.logStream ? { logStream: opts.logStream } : {}),
      limits: { ...DEFAULT_UPLOAD_LIMITS, ...opts.limits },
      rateLimiter: tokenBuckets({ ...DEFAULT_UPLOAD_LIMITS, ...opts.limits }),
      freeSpace: freeSpaceGuard({
        dir: dataDir,
        minFreeBytes: opts.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES,
        ...(opts.freeBytesReader ? { reader: opts.freeBytesReader } : {}),
        now,
      }),
      monitor,
      timeouts: { ...DEFAULT_HTTP_TIMEOUTS, ...opts.timeouts },
      ...(opts.tls ? { https: opts.tls } : {}),
      ...(opts.security ? { security: opts.security } : {}),
    });
    cleanups.push(() => app.close());
    await app.listen({ port: opts.port ?? 8080, host: opts.host ?? '127.0.0.1' });
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
    cleanups.push(() => clearServerState(dataDir, process.pid));
    const upkeep = setInterval(() => void housekeeping(db, now()).catch(() => undefined), 60_000);
    upkeep.unref();
    cleanups.push(() => clearInterval(upkeep));

    let closing: Promise<void> | null = null;
    return {
      ...urls,
      port,
      adminToken,
      db,
      ops,
      app,
      demo,
      demoRemoved,
      close() {
        closing ??= cleanup();
        return closing;
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Every minute: old nonces and daily counts go, and the weeks ahead get their partitions
 * (the check is one catalog query; creating a week happens once a week). */
async function housekeeping(db: Database, now: number): Promise<void> {
  // Nonces outlive the accepted clock skew twice over; older requests are refused by time anyway.
  await forgetNoncesBefore(db, now - 2 * MAX_CLOCK_SKEW_MS);
  await forgetIntakeBefore(db, utcDay(now) - 7);
  db.tightenModes?.();
  await ensureEntryPartitions(db, now, now + 3 * WEEK_MS);
}
