// The built kiosk (vite build output) at /, on the same origin as the API (its CSP allows
// connect-src 'self' only). The service worker and the HTML must be revalidated every time
// so that updates are found; hashed assets never change and are cached for a year.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { html, page } from '../pages/html';

function cacheControl(path: string): string {
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function kioskStatic(
  app: FastifyInstance,
  opts: { staticDir: string | null },
): Promise<void> {
  const dir = opts.staticDir;
  if (dir && existsSync(join(dir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', cacheControl(path)),
    });
    return;
  }
  // Serving the API alone (tests, or the kiosk not built): say so rather than a bare 404.
  app.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(
      page({
        title: 'Kiosk not built',
        stylesheet: '/admin/pages.css',
        body: html`<main>
          <h1>The kiosk is not built</h1>
          <p>Run <code>npm start</code>, which builds it first.</p>
        </main>`,
      }),
    ),
  );
}
