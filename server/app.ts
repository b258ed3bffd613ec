// The sync server's HTTP app: the sync API for kiosks, the operator's admin API, the pages
// people sign in to (owner, authority, operator), the demo page and the built kiosk, with
// security headers and timeouts on everything, and no secret in any log line.
import Fastify, { type FastifyInstance } from 'fastify';
import type { KeyPair } from '../src/issuer/keys';
import { MAX_UPLOAD_BYTES } from '../src/sync/wire';
import { AdminError } from './admin/admin-error';
import { adminApi } from './http/admin-api';
import { DatabaseTimeout } from './db/timed-database';
import { bundleRoute } from './http/bundle-route';
import type { DemoDcc } from './demo/demo-dcc';
import { demoRoutes } from './http/demo-routes';
import { enrollRoute } from './http/enroll-route';
import { heldCountRoute } from './http/held-count-route';
import { healthRoutes } from './http/health-routes';
import { kioskStatic } from './http/kiosk-static';
import { deviceApi } from './http/device-api';
import { requestSerializer } from './http/log-redaction';
import { pageRoutes } from './http/pages';
import { registerSecurityHeaders } from './http/security-headers';
import { logSink, securityEvent, type SecuritySink } from './http/security-log';
import { headerText, type ServerContext } from './http/server-context';
import { uploadRoute } from './http/upload-route';

export interface AppOptions extends Omit<ServerContext, 'security'> {
  staticDir: string | null;
  demoIssuer: KeyPair | null;
  /** The demo's DCC signers, for the demo page's DCC samples (with demoIssuer). */
  demoDcc?: DemoDcc | null;
  logLevel: string;
  /** Certificate and key for HTTPS (a kiosk on a LAN needs a secure context for its camera). */
  https?: { cert: string | Buffer; key: string | Buffer };
  /** Where refusals go; the server log (warn) by default. */
  security?: SecuritySink;
  timeouts: HttpTimeouts;
  /**
   * Behind a TLS proxy: trust its X-Forwarded-* headers (true, or the proxy's addresses), so
   * that cookies are Secure and rate limits see the client's address.
   */
  trustProxy?: boolean | string;
  /** Where the log goes (tests read it); stdout by default. */
  logStream?: { write(line: string): void };
}

/** How long a client may take, so that a slow or stalled one cannot hold a connection. */
export interface HttpTimeouts {
  /** To send the request headers. */
  headersMs: number;
  /** To send the whole request, body included. */
  requestMs: number;
  /** A connection with no traffic either way (a client that stopped reading an export). */
  idleMs: number;
  /** An idle keep-alive connection between requests. */
  keepAliveMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = {
  headersMs: 20_000,
  requestMs: 30_000,
  idleMs: 60_000,
  keepAliveMs: 5_000,
};

/** SQLSTATE class 53, insufficient resources (53100 disk full, 53200 out of memory). */
const isStorageFault = (e: unknown) =>
  /^53[0-9A-Z]{3}$/.test(String((e as { code?: unknown }).code));

/** The database is not there: refused or dropped connections, SQLSTATE 08xxx, 57P0x. */
const isConnectionFault = (e: unknown) => {
  const code = String((e as { code?: unknown }).code);
  return (
    /^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|08[0-9A-Z]{3}|57P0[1-3])$/.test(code) ||
    /^Connection terminated/.test(String((e as { message?: unknown }).message))
  );
};

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  // Node checks the header and request deadlines on a timer (every 30 s by default, so a
  // trickling client could stay for ~80 s): check at a quarter of the shortest deadline.
  const t = opts.timeouts;
  const timing = {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    connectionsCheckingInterval: Math.max(
      100,
      Math.min(2000, Math.min(t.headersMs, t.requestMs) / 4),
    ),
  };
  const app = Fastify({
    ...(opts.https ? { https: { ...opts.https, ...timing } } : { http: timing }),
    logger: {
      level: opts.logLevel,
      serializers: { req: requestSerializer },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    // Above the largest upload, so the upload route's own limit is the one that answers.
    bodyLimit: MAX_UPLOAD_BYTES + 1024,
    trustProxy: opts.trustProxy ?? false,
    connectionTimeout: t.idleMs,
    keepAliveTimeout: t.keepAliveMs,
    requestTimeout: t.requestMs,
  });
  app.server.headersTimeout = t.headersMs;
  const {
    staticDir,
    demoIssuer,
    demoDcc,
    logLevel,
    https,
    security,
    trustProxy,
    logStream,
    timeouts,
    ...shared
  } = opts;
  const ctx: ServerContext = { ...shared, security: security ?? logSink(app.log) };
  registerSecurityHeaders(app);

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AdminError)
      return reply.code(error.status).send({ error: error.code, reason: error.message });
    // Errors fastify gives a status (a client that went away, a body too large) are the
    // client's; only the rest may be the database's.
    const clientStatus = (error as { statusCode?: number }).statusCode;
    if (clientStatus === undefined && isStorageFault(error)) {
      // 53xxx: the database ran out of disk (or memory) mid-write; nothing was stored.
      request.log.error({ err: error }, 'the database is out of storage');
      return reply.code(507).header('retry-after', '60').send({
        error: 'INSUFFICIENT_STORAGE',
        reason: 'the server is out of storage; try again later',
      });
    }
    if (clientStatus === undefined && isConnectionFault(error)) {
      request.log.error({ err: error }, 'the database cannot be reached');
      return reply.code(503).header('retry-after', '5').send({
        error: 'DATABASE_UNAVAILABLE',
        reason: 'the database cannot be reached; try again later',
      });
    }
    if (error instanceof DatabaseTimeout) {
      request.log.error(error.message);
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: error.code, reason: error.message });
    }
    const status = clientStatus ?? 500;
    if (status === 413) {
      ctx.security(
        securityEvent(request, 'BODY_TOO_LARGE', {
          deviceId: headerText(request.headers['x-kiosk-device']),
        }),
      );
      return reply.code(413).send({
        error: 'BODY_TOO_LARGE',
        reason: `bodies are limited to ${MAX_UPLOAD_BYTES} bytes`,
      });
    }
    if (status < 500)
      return reply.code(status).send({
        error: (error as { code?: string }).code ?? 'BAD_REQUEST',
        reason: error instanceof Error ? error.message : '',
      });
    request.log.error(error);
    return reply.code(500).send({ error: 'INTERNAL', reason: 'the server failed; see its log' });
  });

  await app.register(async (scope) => healthRoutes(scope, ctx));
  await app.register(async (scope) => uploadRoute(scope, ctx));
  await app.register(async (scope) => enrollRoute(scope, ctx));
  await app.register(async (scope) => heldCountRoute(scope, ctx));
  await app.register(async (scope) => bundleRoute(scope, ctx));
  await app.register(async (scope) => deviceApi(scope, ctx));
  await app.register(async (scope) => adminApi(scope, ctx));
  await app.register(async (scope) => pageRoutes(scope, ctx));
  if (demoIssuer)
    await app.register(async (scope) =>
      demoRoutes(scope, { ...ctx, demoIssuer, demoDcc: demoDcc ?? null }),
    );
  await app.register(async (scope) => kioskStatic(scope, { staticDir }));
  return app;
}
