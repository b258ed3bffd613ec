// An HTTP proxy between a kiosk and its server that misbehaves on demand, one fault per
// request from a queue: answer 500 itself, drop the connection before or after the server
// handled the request (the kiosk never hears that its batch was stored), or deliver the
// request twice (the second is a replay). With the server down it drops every connection.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'error-500' | 'drop-before' | 'drop-after' | 'deliver-twice';

interface Upstream {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function forward(target: string, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
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
  });
}

export interface FaultProxy {
  url: string;
  /** Faults for the next requests to `pathPrefix` (default: uploads), in order. */
  inject(...faults: Fault[]): void;
  /** Requests seen per outcome, for the test to check the faults really happened. */
  seen: Record<Fault | 'passed' | 'upstream-down', number>;
  close(): Promise<void>;
}

export async function startFaultProxy(
  target: string,
  pathPrefix = '/api/sync/',
): Promise<FaultProxy> {
  const queue: Fault[] = [];
  const seen: FaultProxy['seen'] = {
    'error-500': 0,
    'drop-before': 0,
    'drop-after': 0,
    'deliver-twice': 0,
    passed: 0,
    'upstream-down': 0,
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const fault = req.url?.startsWith(pathPrefix) ? queue.shift() : undefined;
      try {
        if (fault === 'error-500') {
          seen[fault]++;
          return void res
            .writeHead(500, { 'content-type': 'application/json' })
            .end('{"error":"INTERNAL","reason":"injected"}');
        }
        if (fault === 'drop-before') {
          seen[fault]++;
          return void req.socket.destroy();
        }
        const answer = await forward(target, req, body);
        if (fault === 'drop-after') {
          seen[fault]++;
          return void req.socket.destroy();
        }
        if (fault === 'deliver-twice') {
          seen[fault]++;
          await forward(target, req, body);
        } else seen.passed++;
        res.writeHead(answer.status, answer.headers).end(answer.body);
      } catch {
        seen['upstream-down']++;
        req.socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    inject: (...faults) => void queue.push(...faults),
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
