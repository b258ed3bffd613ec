// GET /api/bundle: the latest published trust bundle, with a strong ETag so kiosks polling
// every minute get a bodiless 304 until a new one is published.
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../src/sync/wire';
import { latestBundle } from '../store/trust-store';
import { headerText, type ServerContext } from './server-context';

/** If-None-Match: `*`, or a list of (possibly weak) tags; weak comparison as RFC 9110 §13.1.2. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export async function bundleRoute(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get(API_PATHS.bundle, async (request, reply) => {
    const latest = await latestBundle(ctx.db);
    reply.header('cache-control', 'no-cache');
    if (!latest)
      return reply
        .code(404)
        .send({ error: 'NO_BUNDLE', reason: 'no trust bundle is published yet' });
    reply.header('etag', latest.etag);
    if (etagMatches(headerText(request.headers['if-none-match']), latest.etag))
      return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(latest.envelope);
  });
}
