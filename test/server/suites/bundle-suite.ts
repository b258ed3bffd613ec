// Trust bundles on the server: published only when a configured root signed them and their
// seq is higher; served with an ETag; handed to kiosks at enrollment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, encodeB64u } from '../../../src/core';
import { generateKeyPair, type KeyPair } from '../../../src/issuer/keys';
import { buildTrustBundle } from '../../../src/issuer/trust-bundle-builder';
import { AdminError } from '../../../server/admin/admin-error';
import type { ServerHandle } from '../../../server/start-server';
import { enrollTestDevice, sendSigned, type TestDevice } from '../support/signed-client';
import type { SuiteContext } from './suite-context';

function bundleText(
  root: KeyPair,
  seq: number,
  extra: { issuedAt?: number; nextRoot?: KeyPair; nextRootFrom?: number } = {},
): string {
  const issuer = generateKeyPair();
  const now = Date.now();
  const issuedAt = extra.issuedAt ?? now - DAY_MS;
  const { nextRoot } = extra;
  const envelope = buildTrustBundle(
    {
      seq,
      issuedAt,
      expiresAt: issuedAt + 14 * DAY_MS,
      issuers: [
        { ...issuer, name: 'Sở Y tế', validFrom: now - DAY_MS, validUntil: now + 365 * DAY_MS },
      ],
      nextRoot: nextRoot && { ...nextRoot, validFrom: extra.nextRootFrom ?? issuedAt },
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
      expect(await server.ops.publishBundle(bundleText(root, 3))).toMatchObject({ seq: 3 });
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
      expect(await ok.json()).toMatchObject({ seq: 9 });
      const stale = await post(server.adminToken, bundleText(root, 8));
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({ error: 'BUNDLE_ROLLBACK' });
    });
  });

  describe('root rotation and uptake', () => {
    let server: ServerHandle;
    beforeAll(async () => void (server = await ctx.backend.start()));
    afterAll(() => server?.close());
    const oldRoot = generateKeyPair();
    const newRoot = generateKeyPair();
    const status = (device: TestDevice, bundleSeq: number) =>
      sendSigned(
        device,
        {
          pending: 0,
          appVersion: '0.2.0',
          bundleSeq,
          bundleIssuedAt: null,
          reportedAt: Date.now(),
        },
        { path: '/api/sync/status' },
      );

    it('counts the kiosks that took a bundle, accepts a named next root, and retires the old one at the handover', async () => {
      await server.ops.addRoot(encodeB64u(oldRoot.publicKey), 'Old root');
      const { enrollment } = await server.ops.createVenue('Rotation venue');
      const a = await enrollTestDevice(server.url, enrollment.code, 'A');
      const b = await enrollTestDevice(
        server.url,
        (await server.ops.newEnrollmentCode(enrollment.venueId)).code,
        'B',
      );
      const lost = await enrollTestDevice(
        server.url,
        (await server.ops.newEnrollmentCode(enrollment.venueId)).code,
        'Lost',
      );
      await status(lost, 1);
      await server.ops.revokeDevice(lost.deviceId);

      expect(await server.ops.publishBundle(bundleText(oldRoot, 1))).toEqual({
        seq: 1,
        taken: 0,
        active: 2,
        nextRoot: null,
        retiredRoot: null,
      });
      await status(a, 1);
      expect(await server.ops.bundleUptake()).toEqual({ seq: 1, taken: 1, active: 2 });

      const from = Date.now() + 3_600_000;
      const announcing = bundleText(oldRoot, 2, { nextRoot: newRoot, nextRootFrom: from });
      expect(await server.ops.publishBundle(announcing)).toMatchObject({
        seq: 2,
        nextRoot: newRoot.kid,
        retiredRoot: null,
      });
      expect((await server.ops.listRoots()).map((r) => r.kid)).toEqual([oldRoot.kid, newRoot.kid]);
      // Before its validFrom the next root is not a root yet.
      expect(
        await refusal(server.ops.publishBundle(bundleText(newRoot, 3, { issuedAt: from - 1 }))),
      ).toBe('BUNDLE_ROOT_UNKNOWN');
      expect(
        await server.ops.publishBundle(bundleText(newRoot, 3, { issuedAt: from })),
      ).toMatchObject({ seq: 3, retiredRoot: oldRoot.kid, taken: 0, active: 2 });
      expect((await server.ops.listRoots()).map((r) => r.kid)).toEqual([newRoot.kid]);
      expect(await refusal(server.ops.publishBundle(bundleText(oldRoot, 4)))).toBe(
        'BUNDLE_ROOT_UNKNOWN',
      );
      const late = await enrollTestDevice(
        server.url,
        (await server.ops.newEnrollmentCode(enrollment.venueId)).code,
        'Late',
      );
      expect(late.roots).toEqual([encodeB64u(newRoot.publicKey)]);

      await status(a, 3);
      await status(b, 2);
      expect(await server.ops.bundleUptake()).toEqual({ seq: 3, taken: 1, active: 3 });
    });
  });
}
