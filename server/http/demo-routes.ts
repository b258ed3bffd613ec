// The demo page of `npm start` (/demo): sample codes issued by the demo issuer key.
import type { FastifyInstance } from 'fastify';
import type { KeyPair } from '../../src/issuer/keys';
import { sampleCodes } from '../../src/issuer/sample-codes';
import { demoPage } from '../pages/demo-page';
import { PAGES_CSS } from '../pages/pages-css';
import { PAGE_CSP } from './security-headers';
import type { ServerContext } from './server-context';

export async function demoRoutes(
  app: FastifyInstance,
  ctx: ServerContext & { demoIssuer: KeyPair },
): Promise<void> {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', PAGE_CSP);
    return payload;
  });
  app.get('/demo/pages.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(PAGES_CSS),
  );
  app.get('/demo', async (request, reply) => {
    const kioskUrl = `${request.protocol}://${request.host}/`;
    // no-store: the codes carry times relative to now and must not come from a cache.
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return demoPage(sampleCodes(ctx.demoIssuer, ctx.now()), kioskUrl);
  });
}
