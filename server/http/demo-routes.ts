// The demo page of `npm start` (/demo): sample codes issued by the demo issuer key, and sample
// DCCs signed by the demo DSC (and one by a signer the demo bundle does not list).
import type { FastifyInstance } from 'fastify';
import type { KeyPair } from '../../src/issuer/keys';
import type { DemoDcc } from '../demo/demo-dcc';
import { sampleCodes } from '../../src/issuer/sample-codes';
import { demoPage } from '../pages/demo-page';
import { PAGES_CSS } from '../pages/pages-css';
import { PAGE_CSP } from './security-headers';
import type { ServerContext } from './server-context';

export async function demoRoutes(
  app: FastifyInstance,
  ctx: ServerContext & { demoIssuer: KeyPair; demoDcc: DemoDcc | null },
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
    const now = ctx.now();
    const { demoDcc } = ctx;
    // Lazy, as the demo's signer is (start-server.ts): CBOR and zlib for the demo page only.
    const dccs = demoDcc
      ? await (
          await import('../../src/issuer/dcc/sample-dccs')
        ).dccSamples(demoDcc.signer, demoDcc.other, now)
      : [];
    return demoPage(sampleCodes(ctx.demoIssuer, now), kioskUrl, dccs);
  });
}
