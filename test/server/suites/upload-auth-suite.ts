// Signed uploads: forged, tampered, replayed, stale, oversized and unknown-device requests
// are refused, logged, and store nothing.
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/core';
import { generateKeyPair } from '../../../src/issuer/keys';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { MAX_UPLOAD_BYTES } from '../../../src/sync/wire';
import { makeEntries } from '../support/entries';
import { sendSigned, upload } from '../support/signed-client';
import { entryCount, eventsOf, venueWithDevice, type SuiteContext } from './suite-context';

const MINUTE = 60_000;

export function uploadAuthSuite(ctx: SuiteContext): void {
  describe('signed uploads', () => {
    const batch = () => makeEntries(3).map(toWireEntry);
    const stored = (device: { deviceId: string }) =>
      entryCount(ctx, 'device_id = $1', [device.deviceId]);

    it('accepts a well-signed batch from an enrolled device', async () => {
      const device = await venueWithDevice(ctx);
      const sent = await upload(device, batch());
      expect(sent.status).toBe(200);
      expect(sent.body.held).toHaveLength(3);
      expect(await stored(device)).toBe(3);
    });

    it('refuses a request with no signature headers', async () => {
      const res = await fetch(`${ctx.server().url}/api/sync/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ entries: batch() }),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'AUTH_MISSING' });
    });

    it('refuses a forged signature and a body changed after signing, and logs both', async () => {
      const device = await venueWithDevice(ctx);
      const forged = await upload(device, batch(), { signWith: generateKeyPair() });
      expect(forged).toMatchObject({ status: 401, body: { error: 'SIGNATURE_INVALID' } });
      const tampered = await upload(device, batch(), {
        replaceBody: utf8(JSON.stringify({ entries: batch() })),
      });
      expect(tampered).toMatchObject({ status: 401, body: { error: 'SIGNATURE_INVALID' } });
      const otherPath = await upload(device, batch(), { signedPath: '/api/sync/entries?again=1' });
      expect(otherPath.status).toBe(401);
      expect(await stored(device)).toBe(0);
      expect(
        eventsOf(ctx, 'SIGNATURE_INVALID').filter((e) => e.deviceId === device.deviceId).length,
      ).toBe(3);
    });

    it('refuses an unknown device and a revoked one', async () => {
      const device = await venueWithDevice(ctx);
      const unknown = await upload(device, batch(), {
        deviceId: '01a00000-0000-7000-8000-000000000000',
      });
      expect(unknown).toMatchObject({ status: 401, body: { error: 'DEVICE_UNKNOWN' } });
      expect(await ctx.server().ops.revokeDevice(device.deviceId)).toBe(true);
      expect(await upload(device, batch())).toMatchObject({
        status: 401,
        body: { error: 'DEVICE_REVOKED' },
      });
    });

    it('refuses timestamps more than 5 minutes off, answering with the server time', async () => {
      const device = await venueWithDevice(ctx);
      const late = await upload(device, batch(), { timestamp: Date.now() - 6 * MINUTE });
      expect(late).toMatchObject({ status: 401, body: { error: 'TIMESTAMP_SKEW' } });
      expect(Math.abs(late.body.serverTime - Date.now())).toBeLessThan(MINUTE);
      expect((await upload(device, batch(), { timestamp: Date.now() + 6 * MINUTE })).status).toBe(
        401,
      );
      expect((await upload(device, batch(), { timestamp: Date.now() - 4 * MINUTE })).status).toBe(
        200,
      );
      expect(eventsOf(ctx, 'TIMESTAMP_SKEW').some((e) => e.deviceId === device.deviceId)).toBe(
        true,
      );
    });

    it('refuses a replayed request, even when the first one was refused', async () => {
      const device = await venueWithDevice(ctx);
      const first = await upload(device, batch());
      expect(first.status).toBe(200);
      expect(await first.replay()).toMatchObject({ status: 401, body: { error: 'REPLAY' } });
      expect(await stored(device)).toBe(3);
      const nonce = 'B'.repeat(22);
      expect((await upload(device, batch(), { nonce })).status).toBe(200);
      expect(await upload(device, batch(), { nonce })).toMatchObject({
        status: 401,
        body: { error: 'REPLAY' },
      });
      expect(await stored(device)).toBe(6);
      expect(eventsOf(ctx, 'REPLAY').filter((e) => e.deviceId === device.deviceId).length).toBe(2);
    });

    it('refuses a body over the size limit with 413, and logs it', async () => {
      const device = await venueWithDevice(ctx);
      const big = utf8(JSON.stringify({ entries: batch(), pad: 'x'.repeat(MAX_UPLOAD_BYTES) }));
      const res = await sendSigned(device, big);
      expect(res).toMatchObject({ status: 413, body: { error: 'BODY_TOO_LARGE' } });
      expect(eventsOf(ctx, 'BODY_TOO_LARGE').some((e) => e.deviceId === device.deviceId)).toBe(
        true,
      );
      expect(await stored(device)).toBe(0);
    });
  });
}
