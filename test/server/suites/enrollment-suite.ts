// Enrollment: a one-time, expiring code, spent only by a device that proves its key.
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../src/issuer/keys';
import { displayEnrollmentCode } from '../../../src/sync/wire';
import { issueCode } from '../../../server/store/enrollment';
import { getPage, newAccount } from '../support/page-client';
import { enrollRaw } from '../support/signed-client';
import { eventsOf, type SuiteContext } from './suite-context';

export function enrollmentSuite(ctx: SuiteContext): void {
  describe('enrollment', () => {
    it('gives venue, device id, pinned roots and the current bundle, once per code', async () => {
      const { venue, enrollment } = await ctx.server().ops.createVenue('Nhà sách Cá Chép');
      expect(enrollment.text).toBe(`KIOSK-ENROLL|${ctx.server().url}|${enrollment.code}`);
      const first = await enrollRaw(
        ctx.server().url,
        enrollment.code,
        generateKeyPair(),
        'Front door',
      );
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        venueId: venue.id,
        venueName: 'Nhà sách Cá Chép',
        roots: expect.any(Array),
      });
      expect((first.body as { deviceId: string }).deviceId).toMatch(/^[0-9a-f-]{36}$/);

      const second = await enrollRaw(ctx.server().url, enrollment.code, generateKeyPair());
      expect(second).toMatchObject({ status: 409, body: { error: 'CODE_USED' } });
      expect(eventsOf(ctx, 'CODE_USED').length).toBeGreaterThan(0);
      const devices = await ctx.server().ops.listDevices(venue.id);
      expect(devices.map((d) => d.label)).toEqual(['Front door']);
    });

    it('answers a retry with the same key as success: the same device, named as asked, shown to the owner', async () => {
      const { venue, enrollment } = await ctx.server().ops.createVenue('Cửa hàng retry');
      const key = generateKeyPair();
      const first = await enrollRaw(ctx.server().url, enrollment.code, key, 'Cửa chính');
      expect(first.status).toBe(200);
      // The answer was lost (tab closed on the last step): the kiosk asks again, twice at once.
      const again = await Promise.all([
        enrollRaw(ctx.server().url, enrollment.code, key, 'Cửa chính'),
        enrollRaw(ctx.server().url, enrollment.code, key, 'Cửa chính'),
      ]);
      for (const r of again) expect(r).toEqual(first);
      // Another key is still refused, and only one device exists.
      const other = await enrollRaw(ctx.server().url, enrollment.code, generateKeyPair());
      expect(other).toMatchObject({ status: 409, body: { error: 'CODE_USED' } });
      const devices = await ctx.server().ops.listDevices(venue.id);
      expect(devices.map((d) => d.label)).toEqual(['Cửa chính']);
      const owner = await newAccount(ctx.server().url, ctx.server().ops, {
        role: 'owner',
        venues: [venue.id],
      });
      const page = await getPage(owner, `/admin?venue=${venue.id}`);
      expect(await page.text()).toContain('Cửa chính');
      // A revoked device cannot come back through its old code.
      await ctx.server().ops.revokeDevice((first.body as { deviceId: string }).deviceId);
      const revoked = await enrollRaw(ctx.server().url, enrollment.code, key, 'Cửa chính');
      expect(revoked).toMatchObject({ status: 409, body: { error: 'CODE_USED' } });
    });

    it('accepts a code typed loosely (lower case, no dash)', async () => {
      const { enrollment } = await ctx.server().ops.createVenue('Loose');
      const typed = enrollment.code.replace('-', '').toLowerCase();
      expect((await enrollRaw(ctx.server().url, typed, generateKeyPair())).status).toBe(200);
    });

    it('refuses unknown and expired codes', async () => {
      const unknown = await enrollRaw(ctx.server().url, 'ZZZZZ-ZZZZZ', generateKeyPair());
      expect(unknown).toMatchObject({ status: 404, body: { error: 'CODE_UNKNOWN' } });
      const { venue } = await ctx.server().ops.createVenue('Expired');
      const old = await issueCode(
        ctx.server().db,
        venue.id,
        Date.now() - 2 * 86_400_000,
        86_400_000,
      );
      const expired = await enrollRaw(
        ctx.server().url,
        displayEnrollmentCode(old.code),
        generateKeyPair(),
      );
      expect(expired).toMatchObject({ status: 410, body: { error: 'CODE_EXPIRED' } });
    });

    it('refuses a proof made with another key, and the code stays usable', async () => {
      const { enrollment } = await ctx.server().ops.createVenue('Proof');
      const key = generateKeyPair();
      const forged = await fetch(`${ctx.server().url}/api/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          code: enrollment.code,
          publicKey: Buffer.from(generateKeyPair().publicKey).toString('base64url'),
          proof: 'A'.repeat(86),
          label: '',
        }),
      });
      expect(forged.status).toBe(400);
      expect(await forged.json()).toMatchObject({ error: 'PROOF_INVALID' });
      expect((await enrollRaw(ctx.server().url, enrollment.code, key)).status).toBe(200);
    });

    it('refuses a key that is enrolled already, without spending the code', async () => {
      const a = await ctx.server().ops.createVenue('Key A');
      const b = await ctx.server().ops.createVenue('Key B');
      const key = generateKeyPair();
      expect((await enrollRaw(ctx.server().url, a.enrollment.code, key)).status).toBe(200);
      expect(await enrollRaw(ctx.server().url, b.enrollment.code, key)).toMatchObject({
        status: 409,
        body: { error: 'KEY_IN_USE' },
      });
      expect(await ctx.server().ops.enrollmentCodeState(b.enrollment.code)).toBe('usable');
    });

    it('lets exactly one of two racing devices spend a code', async () => {
      const { enrollment } = await ctx.server().ops.createVenue('Race');
      const results = await Promise.all(
        [1, 2, 3].map(() => enrollRaw(ctx.server().url, enrollment.code, generateKeyPair())),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    });
  });
}
