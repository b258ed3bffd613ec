// Trust bundles on the server: published only when a configured root signed them and their
// seq is higher; served with an ETag; handed to kiosks at enrollment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, encodeB64u } from '../../../src/core';
import { generateKeyPair, type KeyPair } from '../../../src/issuer/keys';
import { buildTrustBundle } from '../../../src/issuer/trust-bundle-builder';
import { AdminError } from '../../../server/admin/admin-error';
import type { ServerHandle } from '../../../server/start-server';
import { enrollTestDevice } from '../support/signed-client';
import type { SuiteContext } from './suite-context';

function bundleText(root: KeyPair, seq: number): string {
  const issuer = generateKeyPair();
  const now = Date.now();
  const envelope = buildTrustBundle(
    {
      seq,
      issuedAt: now - DAY_MS,
      expiresAt: now + 14 * DAY_MS,
      issuers: [
        { ...issuer, name: 'Sở Y tế', validFrom: now - DAY_MS, validUntil: now + 365 * DAY_MS },
      ],
    },
    root,
  );
  return JSON.stringify(envelope);
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AdminError) return e.code;
    throw e;
  }
  return 'accepted';
}

export function bundleSuite(ctx: SuiteContext): void {
  describe('trust bundle', () => {
    // A server of its own: these tests start from "nothing published".
    let server: ServerHandle;
    beforeAll(async () => void (server = await ctx.backend.start()));
    afterAll(() => server?.close());
    const root = generateKeyPair();
    const get = (etag?: string) =>
      fetch(`${server.url}/api/bundle`, { headers: etag ? { 'if-none-match': etag } : {} });

    it('publishes only bundles of a configured root with a higher seq', async () => {
      expect((await get()).status).toBe(404);
      expect(await refusal(server.ops.publishBundle(bundleText(root, 1)))).toBe('NO_ROOTS');
      await server.ops.addRoot(encodeB64u(root.publicKey), 'Test root');
      expect(await refusal(server.ops.publishBundle(bundleText(generateKeyPair(), 5)))).toBe(
        'BUNDLE_ROOT_UNKNOWN',
      );
      const forged = JSON.parse(bundleText(root, 5));
      forged.sig = JSON.parse(bundleText(root, 6)).sig;
      expect(await refusal(server.ops.publishBundle(JSON.stringify(forged)))).toBe(
        'BUNDLE_SIG_INVALID',
      );
      expect(await refusal(server.ops.publishBundle('{"payload": 1}'))).toBe('BUNDLE_MALFORMED');
      expect(await server.ops.publishBundle(bundleText(root, 3))).toEqual({ seq: 3 });
      expect(await refusal(server.ops.publishBundle(bundleText(root, 3)))).toBe('BUNDLE_NOT_NEWER');
      expect(await refusal(server.ops.publishBundle(bundleText(root, 2)))).toBe('BUNDLE_ROLLBACK');
    });

    it('serves the latest with an ETag, and 304 while it has not changed', async () => {
      const first = await get();
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"b3-/);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(JSON.parse(await first.text())).toHaveProperty('sig');
      expect((await get(etag)).status).toBe(304);
      expect((await get(`W/${etag}, "other"`)).status).toBe(304);
      await server.ops.publishBundle(bundleText(root, 4));
      const changed = await get(etag);
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).toMatch(/^"b4-/);
    });

    it('hands the roots and the latest bundle to an enrolling kiosk', async () => {
      const { enrollment } = await server.ops.createVenue('Bundle venue');
      const device = await enrollTestDevice(server.url, enrollment.code);
      expect(device.roots).toEqual([encodeB64u(root.publicKey)]);
      expect(JSON.parse(device.bundle!)).toEqual(JSON.parse(await (await get()).text()));
    });

    it('publishes through the admin API with the admin token only', async () => {
      const post = (token: string, body: string) =>
        fetch(`${server.url}/api/admin/bundles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        });
      expect((await post('wrong', bundleText(root, 9))).status).toBe(401);
      const ok = await post(server.adminToken, bundleText(root, 9));
      expect(await ok.json()).toEqual({ seq: 9 });
      const stale = await post(server.adminToken, bundleText(root, 8));
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({ error: 'BUNDLE_ROLLBACK' });
    });
  });
}
