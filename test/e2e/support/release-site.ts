// One origin that serves one kiosk build at a time, switched by the test: the previous
// release's build (test/fixtures/releases/<version>/, committed) and this one (E2E_OUT, built
// by playwright.config.ts's `kiosk start`), as a server replaced by an upgrade or a rollback
// serves them. `bumpWorker()` changes sw.js's bytes, as Workbox's own tests publish a worker.
// E2E_CURRENT_BUILD serves another folder as "this release": how a drill is run against an
// older build to see it fail.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const PREVIOUS_RELEASE = 'test/fixtures/releases/0.1.0';
export const CURRENT_BUILD = process.env.E2E_CURRENT_BUILD ?? process.env.E2E_OUT ?? 'dist';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ReleaseSite {
  origin: string;
  /** Serves this build folder from now on. */
  serve(folder: string): void;
  /** Appends a comment to sw.js: a new worker, byte for byte, of the same build. */
  bumpWorker(): void;
  close(): Promise<void>;
}

export function startReleaseSite(first: string): Promise<ReleaseSite> {
  let folder = first;
  let workerVersion = 0;
  const server: Server = createServer(async (req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body: Buffer = await readFile(file);
      if (path === '/sw.js' && workerVersion > 0)
        body = Buffer.concat([body, Buffer.from(`\n// test worker ${workerVersion}\n`)]);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        connection: 'close',
      });
      res.end(body);
    } catch {
      // A page of its own (not Chromium's error page), so a test can use the origin from it.
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
      res.end('<!doctype html><title>Not found</title>');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        serve: (next) => void (folder = next),
        bumpWorker: () => void workerVersion++,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }),
  );
}
