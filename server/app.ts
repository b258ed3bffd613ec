// The sync server's HTTP app: the sync API for kiosks, the operator's admin API, the pages
// people sign in to (owner, authority, operator), the demo page and the built kiosk, with
// security headers on everything and no secret in any log line.
import Fastify, { type FastifyInstance } from 'fastify';
import type { KeyPair } from '../src/issuer/keys';
import { MAX_UPLOAD_BYTES } from '../src/sync/wire';
import { AdminError } from './admin/admin-error';
import { adminApi } from './http/admin-api';
import { bundleRoute } from './http/bundle-route';
import { demoRoutes } from './http/demo-routes';
import { enrollRoute } from './http/enroll-route';
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
  logLevel: string;
  /** Certificate and key for HTTPS (a kiosk on a LAN needs a secure context for its camera). */
  https?: { cert: string | Buffer; key: string | Buffer };
  /** Where refusals go; the server log (warn) by default. */
  security?: SecuritySink;
  /**
   * Behind a TLS proxy: trust its X-Forwarded-* headers (true, or the proxy's addresses), so
   * that cookies are Secure and rate limits see the client's address.
   */
  trustProxy?: boolean | string;
  /** Where the log goes (tests read it); stdout by default. */
  logStream?: { write(line: string): void };
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.https ? { https: opts.https } : {}),
    logger: {
      level: opts.logLevel,
      serializers: { req: requestSerializer },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    // Above the largest upload, so the upload route's own limit is the one that answers.
    bodyLimit: MAX_UPLOAD_BYTES + 1024,
    trustProxy: opts.trustProxy ?? false,
  });
  const { staticDir, demoIssuer, logLevel, https, security, trustProxy, logStream, ...shared } =
    opts;
  const ctx: ServerContext = { ...shared, security: security ?? logSink(app.log) };
  registerSecurityHeaders(app);

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AdminError)
      return reply.code(error.status).send({ error: error.code, reason: error.message });
    const status = (error as { statusCode?: number }).statusCode ?? 500;
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

  app.get('/api/health', async () => ({ ok: true, database: ctx.db.kind }));
  await app.register(async (scope) => uploadRoute(scope, ctx));
  await app.register(async (scope) => enrollRoute(scope, ctx));
  await app.register(async (scope) => bundleRoute(scope, ctx));
  await app.register(async (scope) => deviceApi(scope, ctx));
  await app.register(async (scope) => adminApi(scope, ctx));
  await app.register(async (scope) => pageRoutes(scope, ctx));
  if (demoIssuer) await app.register(async (scope) => demoRoutes(scope, { ...ctx, demoIssuer }));
  await app.register(async (scope) => kioskStatic(scope, { staticDir }));
  return app;
}
