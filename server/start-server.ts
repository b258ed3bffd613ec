// Starts the sync server: checks and locks the data directory, opens and migrates the
// database (PGlite in <dataDir>/pglite, or PostgreSQL at DATABASE_URL), re-keys any raw pass
// ids left from before pseudonyms, builds the app, listens, starts the background chores
// (sweeps, partitions ahead, retention, door hooks), and with `demo` prepares the demo keys,
// bundle, venue, enrollment code and owner account. Tests start it with a temp dir and port 0.
//
// What keeps it honest when things go wrong: the data directory's lock (one process per
// directory, taken before the database is opened), a deadline on every database call, a
// monitor that ends the process when the database stops answering (`onFatal`), an event-loop
// watchdog for a database stuck inside this thread, the free-space guard, and HTTP timeouts.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createVerifier } from '../src/core';
import type { ScryptParams } from './accounts/passwords';
import { adminOps, type AdminOps } from './admin/admin-ops';
import { buildApp, DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts } from './app';
import { adminTokenProblem, loadAdminToken, WeakAdminToken } from './auth/admin-auth';
import { lockDataDir } from './data-dir/data-dir-lock';
import { prepareDataDir } from './data-dir/data-dir-modes';
import type { Database } from './db/database';
import { ensureEntryPartitions, WEEK_MS } from './db/entry-partitions';
import { openDatabase } from './db/open-database';
import { withTimeouts } from './db/timed-database';
import { ensureDemoOwner, type DemoOwner } from './demo/demo-owner';
import { removeDemo, type DemoRemoved } from './demo/demo-removal';
import { ensureDemo, loadDemoKeys, type DemoSetup } from './demo/demo-setup';
import { startHookWorker } from './door-hook/hook-worker';
import { startDatabaseMonitor } from './health/database-monitor';
import { startEventLoopWatchdog } from './health/event-loop-watchdog';
import { DEFAULT_MIN_FREE_BYTES, freeSpaceGuard } from './health/free-space';
import type { SecuritySink } from './http/security-log';
import { DEFAULT_UPLOAD_LIMITS, tokenBuckets, type UploadLimits } from './http/upload-limits';
import { startPeriodicJobs, type PeriodicJobs } from './jobs/periodic-jobs';
import { multiServerProblems } from './multi-server';
import { entryPartitionDropper } from './privacy/entry-partition-dropper';
import { purgeRawRemnants, rekeyRawPassIds } from './privacy/rekey-pass-ids';
import type { PartitionDropper } from './privacy/retention';
import { isLoopbackHost, serverUrls } from './public-url';
import { clearServerState, writeServerState } from './server-state';

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
  /** Demo keys, bundle, venue, code and owner, and the /demo page (loopback hosts only).
   * Without it, demo traces left in the data directory by an earlier demo run are removed. */
  demo?: boolean;
  /** Several processes on one PostgreSQL: refuses to start without one shared config. */
  multiServer?: boolean;
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  logLevel?: string;
  /** Where the log goes (tests); stdout by default. */
  logStream?: { write(line: string): void };
  security?: SecuritySink;
  now?: () => number;
  /** Behind a TLS proxy (--trust-proxy): see AppOptions.trustProxy. */
  trustProxy?: boolean | string;
  /** Password hashing cost; tests lower it, production keeps the default. */
  scrypt?: ScryptParams;
  /** Retention's partition primitive: weekly partitions on PostgreSQL by default; null: none. */
  dropper?: PartitionDropper | null;
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
  /** The door-hook worker's tick and first retry delay (1 s each by default; tests shorten). */
  doorHooks?: { intervalMs?: number; retryBaseMs?: number };
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
  /** What starting without --demo removed from an earlier demo run, if anything. */
  demoRemoved: DemoRemoved | null;
  jobs: PeriodicJobs;
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

/** The operator's token: given (KIOSK_ADMIN_TOKEN), or the data directory's; strong either way. */
function adminTokenOf(opts: ServerOptions): string {
  if (opts.adminToken === undefined) return loadAdminToken(opts.dataDir);
  const problem = adminTokenProblem(opts.adminToken);
  if (problem)
    throw new WeakAdminToken(
      `the admin token is too weak: ${problem} (make one with: openssl rand -base64 32)`,
    );
  return opts.adminToken;
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
  let app: FastifyInstance | null = null;
  try {
    // Before the database: a weak token is refused without touching anything.
    const adminToken = adminTokenOf(opts);
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
    // Entries stored before pseudonyms: keyed now, before any page can show or trace them.
    // Batches of its own size, not bounded by the request deadline: a large old table may
    // take a while, once.
    const rekeyed = await rekeyRawPassIds(raw, now());
    if (rekeyed > 0) await purgeRawRemnants(raw);
    const verifier = await createVerifier('auto');
    let urls = { url: opts.publicUrl ?? '', localUrl: '' };
    const publicUrl = () => urls.url;
    const dropper = opts.dropper === undefined ? entryPartitionDropper : opts.dropper;
    const ops = adminOps({ db, verifier, now, publicUrl, dropper });
    const demoKeys = opts.demo ? loadDemoKeys(dataDir) : null;
    // Lazy: the DCC signer's X.509 library is needed by the demo only.
    const demoDcc = opts.demo
      ? await (await import('./demo/demo-dcc')).loadDemoDcc(dataDir, now())
      : null;
    const monitor = startDatabaseMonitor({
      db: raw,
      intervalMs: opts.dbProbeIntervalMs ?? 5_000,
      timeoutMs: Math.min(5_000, opts.dbTimeoutMs ?? 10_000),
      deadAfterMs: opts.dbDeadAfterMs ?? 30_000,
      onDead: onFatal,
    });
    cleanups.push(() => monitor.stop());
    if (opts.stallExitMs !== null) {
      const watchdog = startEventLoopWatchdog(opts.stallExitMs ?? 60_000);
      cleanups.push(() => watchdog.stop());
    }
    const hooks = startHookWorker({
      db,
      now,
      onError: (m) => app?.log.warn(m),
      ...opts.doorHooks,
    });
    const jobs = startPeriodicJobs({ db, now, dropper, onError: (m) => app?.log.error(m) });
    cleanups.push(() => Promise.all([hooks.stop(), jobs.stop()]));
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
      demoDcc,
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
      ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
    });
    const server = app;
    cleanups.push(() => server.close());
    if (rekeyed > 0) server.log.warn(`pseudonymised the pass ids of ${rekeyed} stored entries`);
    await server.listen({ port: opts.port ?? 8080, host: opts.host ?? '127.0.0.1' });
    const port = (server.server.address() as AddressInfo).port;
    const found = serverUrls(opts.host ?? '127.0.0.1', port, opts.tls ? 'https' : 'http');
    urls = { url: (opts.publicUrl ?? found.url).replace(/\/+$/, ''), localUrl: found.localUrl };
    const demoSetup =
      demoKeys && demoDcc
        ? await ensureDemo(
            db,
            ops,
            { ...demoKeys, dccSigner: demoDcc.bundleEntry },
            { dataDir, publicUrl: urls.url, now: now() },
          )
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
    cleanups.push(() => clearServerState(dataDir, process.pid));

    let closing: Promise<void> | null = null;
    return {
      ...urls,
      port,
      adminToken,
      db,
      ops,
      app: server,
      demo,
      demoRemoved,
      jobs,
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
