// Slow-client drill: clients that send their headers or body a byte at a time, or connect and
// say nothing, must be cut off at the server's deadlines (here shortened to about a second),
// while everyone else is served as usual. The audit saw a trickling connection held for 80 s.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerHandle } from '../../server/start-server';
import { startTestServer } from '../server/support/test-server';

let server: ServerHandle;
beforeAll(async () => {
  server = await startTestServer({
    timeouts: { headersMs: 1000, requestMs: 1500, idleMs: 1500, keepAliveMs: 500 },
  });
});
afterAll(() => server?.close());

/** Opens a connection, sends `first`, then `drip` every 100 ms; resolves when the server
 * closes it, with how long that took and what it answered. */
function trickle(first: string, drip: string): Promise<{ ms: number; answer: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    let answer = '';
    const socket: Socket = connect(Number(port), '127.0.0.1', () => {
      if (first) socket.write(first);
    });
    const timer = setInterval(() => drip && !socket.destroyed && socket.write(drip), 100);
    const give = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server never closed the connection'));
    }, 10_000);
    socket.on('data', (c: Buffer) => (answer += c.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(give);
      resolve({ ms: Date.now() - t0, answer });
    });
  });
}

describe('slow-client drill', () => {
  it('cuts off a client that trickles its headers', async () => {
    const r = await trickle('GET /api/health HTTP/1.1\r\nHost: x\r\n', 'X-Slow: y\r\n');
    expect(r.ms).toBeLessThan(4000);
    expect(r.answer).toMatch(/^$|408/);
  });

  it('cuts off a client that trickles its body, and serves others meanwhile', async () => {
    const slow = trickle(
      'POST /api/sync/entries HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      ' ',
    );
    const t0 = Date.now();
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1000);
    const r = await slow;
    expect(r.ms).toBeLessThan(4500);
  });

  it('closes a connection that says nothing', async () => {
    const r = await trickle('', '');
    expect(r.ms).toBeLessThan(4000);
  });
});
