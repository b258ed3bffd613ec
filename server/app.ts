// The sync server's HTTP app: the sync API for kiosks, the admin API, the owner page, the
// demo page and the built kiosk, with security headers on everything.
import Fastify, { type FastifyInstance } from 'fastify';
import type { KeyPair } from '../src/issuer/keys';
import { MAX_UPLOAD_BYTES } from '../src/sync/wire';
import { AdminError } from './admin/admin-error';
import { adminApi } from './http/admin-api';
import { bundleRoute } from './http/bundle-route';
import { demoRoutes } from './http/demo-routes';
import { enrollRoute } from './http/enroll-route';
import { heldCountRoute } from './http/held-count-route';
import { kioskStatic } from './http/kiosk-static';
import { ownerRoutes } from './http/owner-routes';
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
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.https ? { https: opts.https } : {}),
    logger: { level: opts.logLevel },
    // Above the largest upload, so the upload route's own limit is the one that answers.
    bodyLimit: MAX_UPLOAD_BYTES + 1024,
    trustProxy: false,
  });
  const { db, verifier, ops, adminToken, now } = opts;
  const ctx: ServerContext = {
    db,
    verifier,
    ops,
    adminToken,
    now,
    security: opts.security ?? logSink(app.log),
  };
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
  await app.register(async (scope) => heldCountRoute(scope, ctx));
  await app.register(async (scope) => bundleRoute(scope, ctx));
  await app.register(async (scope) => adminApi(scope, ctx));
  await app.register(async (scope) => ownerRoutes(scope, ctx));
  const demoIssuer = opts.demoIssuer;
  if (demoIssuer) await app.register(async (scope) => demoRoutes(scope, { ...ctx, demoIssuer }));
  await app.register(async (scope) => kioskStatic(scope, { staticDir: opts.staticDir }));
  return app;
}
