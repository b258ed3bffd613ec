// A small TLS reverse proxy standing in for docs/deploy/Caddyfile: HTTPS in front, round robin
// over the upstream processes, an upstream that refuses the connection is skipped for a while
// and the request tried on the next (lb_try_duration), readiness polled on /api/health.
import { createServer, type Server } from 'node:https';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TlsProxy {
  url: string;
  close(): Promise<void>;
}

export async function startTlsProxy(
  upstreams: string[],
  tls: { cert: string; key: string },
  port = 0,
): Promise<TlsProxy> {
  let next = 0;
  const downUntil = new Map<string, number>();
  const healthy = (u: string) => (downUntil.get(u) ?? 0) < Date.now();
  const forward = (target: string, req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
      (resolve, reject) => {
        const out = httpRequest(
          `${target}${req.url}`,
          { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 502,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
            res.on('error', reject);
          },
        );
        out.on('error', reject);
        out.end(body);
      },
    );
  const server: Server = createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      for (let tries = 0; tries < upstreams.length; tries++) {
        const target = upstreams[next++ % upstreams.length]!;
        if (!healthy(target)) continue;
        try {
          const answer = await forward(target, req, body);
          res.writeHead(answer.status, answer.headers).end(answer.body);
          return;
        } catch {
          downUntil.set(target, Date.now() + 10_000); // fail_duration
        }
      }
      res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"BAD_GATEWAY"}');
    });
  });
  const poll = setInterval(() => {
    for (const u of upstreams)
      fetch(`${u}/api/health`, { signal: AbortSignal.timeout(3000) })
        .then((r) => r.ok || downUntil.set(u, Date.now() + 10_000))
        .catch(() => downUntil.set(u, Date.now() + 10_000));
  }, 1000);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        clearInterval(poll);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** fetch over HTTPS trusting one CA (a self-signed test certificate), for the sync client. */
export function fetchTrusting(ca: string): typeof fetch {
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const { request } = await import('node:https');
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const body =
      init.body === undefined || init.body === null
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : Buffer.from(init.body as Uint8Array);
    return new Promise<Response>((resolve, reject) => {
      const req = request(url, { method: init.method ?? 'GET', headers, ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
          const status = res.statusCode ?? 502;
          const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(payload, { status, headers: h }));
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      init.signal?.addEventListener('abort', () => req.destroy(new Error('aborted')));
      req.end(body);
    });
  }) as typeof fetch;
}
