// The built kiosk as the server serves it, without a database: the QR reader's WebAssembly as
// application/wasm (with its hashed name, cached for a year), the HTML revalidated with its CSP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kioskStatic } from '../../server/http/kiosk-static';
import { KIOSK_CSP, registerSecurityHeaders } from '../../server/http/security-headers';

describe('kiosk static files', () => {
  let app: FastifyInstance;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
    // The first bytes of any WebAssembly module: "\0asm", version 1.
    writeFileSync(
      join(dir, 'assets', 'zxing_reader-abc.wasm'),
      Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]),
    );
    app = Fastify();
    registerSecurityHeaders(app);
    await app.register(async (scope) => kioskStatic(scope, { staticDir: dir }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the reader’s WebAssembly as application/wasm, immutable', async () => {
    const res = await app.inject({ url: '/assets/zxing_reader-abc.wasm' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/wasm');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.subarray(0, 4).toString('latin1')).toBe('\0asm');
  });

  it('serves index.html revalidated, under the kiosk CSP', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toBe(KIOSK_CSP);
  });
});
