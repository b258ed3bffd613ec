// Every page a person signs in to (owner, authority, operator, sign-in, invite, account),
// in one plugin: HTML forms parsed, the session read once per request, a strict no-script
// CSP and no caching on every answer. The old token link /admin/login now only points to
// the sign-in page (a token in a URL is never accepted again).
import type { FastifyInstance } from 'fastify';
import { PAGES_CSS } from '../pages/pages-css';
import { accountRoutes } from './account-routes';
import { authorityRoutes } from './authority-routes';
import { parseForms } from './form-body';
import { operatorRoutes } from './operator-routes';
import { ownerRoutes } from './owner-routes';
import { loadSession } from './page-auth';
import { PAGE_CSP } from './security-headers';
import type { ServerContext } from './server-context';

export async function pageRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  parseForms(app);
  app.addHook('onRequest', async (request) => {
    await loadSession(request, ctx);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', PAGE_CSP);
    reply.header('cache-control', 'no-store');
    // Not no-referrer: under it a browser sends `Origin: null` with every form, and the
    // origin check could not tell our forms from a foreign page's. same-origin still sends
    // nothing (no invite token, no venue id) to any other site.
    reply.header('referrer-policy', 'same-origin');
    return payload;
  });
  app.get('/admin/pages.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(PAGES_CSS),
  );
  app.get('/admin/login', async (_request, reply) => reply.redirect('/login', 303));
  await accountRoutes(app, ctx);
  await ownerRoutes(app, ctx);
  await authorityRoutes(app, ctx);
  await operatorRoutes(app, ctx);
}
