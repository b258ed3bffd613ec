// The kiosk's signed reports beside its uploads: its status (pending entries, app version,
// trust bundle) shown to the owner by device name, and the venue-wide people-inside figure.
// Each is signed and its nonce spent like an upload's.
import { describe, expect, it } from 'vitest';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { makeEntry } from '../support/entries';
import { getPage, newAccount } from '../support/page-client';
import { enrollTestDevice, sendSigned, upload } from '../support/signed-client';
import { eventsOf, type SuiteContext } from './suite-context';

export function deviceReportsSuite(ctx: SuiteContext): void {
  describe('device status reports and venue occupancy', () => {
    it('stores the latest status report and shows it to the owner beside the device name', async () => {
      const server = ctx.server();
      const { venue, enrollment } = await server.ops.createVenue('Status venue');
      const device = await enrollTestDevice(server.url, enrollment.code, 'Quầy thu ngân');
      const now = Date.now();
      const report = {
        pending: 17,
        appVersion: '0.2.0+abc1234',
        bundleSeq: 4,
        bundleIssuedAt: now - 3 * 86_400_000,
        reportedAt: now,
      };
      const sent = await sendSigned(device, report, { path: '/api/sync/status' });
      expect(sent).toMatchObject({ status: 200, body: { ok: true } });
      expect((await sent.replay()).status).toBe(401);
      // An older report arriving late does not replace the newer one.
      await sendSigned(
        device,
        { ...report, pending: 99, reportedAt: now - 60_000 },
        { path: '/api/sync/status' },
      );
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venue.id] });
      const page = await (await getPage(owner, `/admin?venue=${venue.id}`)).text();
      expect(page).toContain('Quầy thu ngân');
      expect(page).toMatch(/<td>\s*17 /);
      expect(page).toContain('0.2.0+abc1234');
      expect(page).toContain('số 4, cấp 3 ngày trước');
      expect(page).not.toMatch(/<td>\s*99 /);
    });

    it('keeps the last refused trust bundle a kiosk reports and shows it in words, until it says none', async () => {
      const server = ctx.server();
      const { venue, enrollment } = await server.ops.createVenue('Refusal venue');
      const device = await enrollTestDevice(server.url, enrollment.code, 'Cửa sau');
      const now = Date.now();
      const base = { pending: 2, appVersion: '0.3.0', bundleSeq: 5, bundleIssuedAt: now };
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venue.id] });
      const ownerPage = async () => (await getPage(owner, `/admin?venue=${venue.id}`)).text();
      const devicesPage = async () =>
        (await getPage(owner, `/admin/devices?venue=${venue.id}`)).text();

      // An older kiosk's report (no field) shows no refusal.
      await sendSigned(device, { ...base, reportedAt: now - 3000 }, { path: '/api/sync/status' });
      expect(await ownerPage()).not.toContain('data-testid="bundle-refusal"');

      const refused = { code: 'BUNDLE_ROOT_UNKNOWN', at: now - 5 * 60_000 };
      const sent = await sendSigned(
        device,
        { ...base, reportedAt: now - 2000, bundleRefusal: refused },
        { path: '/api/sync/status' },
      );
      expect(sent).toMatchObject({ status: 200, body: { ok: true } });
      const [row] = await server.db.query<{ code: string; at: number }>(
        'SELECT bundle_refusal_code AS code, bundle_refusal_at AS at FROM device_status WHERE device_id = $1',
        [device.deviceId],
      );
      expect(row).toEqual(refused);
      for (const page of [await ownerPage(), await devicesPage()])
        expect(page).toContain(
          'Đã từ chối gói khóa mới (5 phút trước): ký bằng khóa gốc mà máy không tin',
        );
      const english = await (await getPage(owner, `/admin?venue=${venue.id}&lang=en`)).text();
      expect(english).toContain('Refused a new trust bundle (5 min ago): signed by a root');

      // A code this server does not know yet is named, not hidden; a malformed one is read as none.
      await sendSigned(
        device,
        {
          ...base,
          reportedAt: now - 1000,
          bundleRefusal: { code: 'BUNDLE_NEXT_ROOT_BAD', at: now },
        },
        { path: '/api/sync/status' },
      );
      expect(await ownerPage()).toContain('lý do khác (BUNDLE_NEXT_ROOT_BAD)');
      const malformed = await sendSigned(
        device,
        { ...base, reportedAt: now, bundleRefusal: { code: '<b>x</b>', at: -1 } },
        { path: '/api/sync/status' },
      );
      expect(malformed.status).toBe(200);
      expect(await ownerPage()).not.toContain('data-testid="bundle-refusal"');
    });

    it('refuses a malformed report with the field at fault, and unsigned requests', async () => {
      const device = await ctx
        .server()
        .ops.createVenue('Bad status')
        .then((v) => enrollTestDevice(ctx.server().url, v.enrollment.code));
      const bad = await sendSigned(
        device,
        { pending: -1, appVersion: 'x', reportedAt: Date.now() },
        { path: '/api/sync/status' },
      );
      expect(bad).toMatchObject({ status: 400, body: { error: 'STATUS_MALFORMED' } });
      expect(bad.body.reason).toContain('pending');
      expect(eventsOf(ctx, 'STATUS_MALFORMED').length).toBeGreaterThan(0);
      for (const path of ['/api/sync/status', '/api/sync/occupancy', '/api/sync/venue-secret']) {
        const res = await fetch(`${ctx.server().url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect(res.status, path).toBe(401);
      }
    });

    it('gives kiosks the venue-wide number of people inside (every door, admitted only)', async () => {
      const server = ctx.server();
      const { enrollment } = await server.ops.createVenue('Occupancy venue');
      const one = await enrollTestDevice(server.url, enrollment.code);
      const two = await enrollTestDevice(
        server.url,
        (await server.ops.newEnrollmentCode(enrollment.venueId)).code,
      );
      const t = Date.now() - 5000;
      await upload(one, [
        toWireEntry(makeEntry({ at: t })),
        toWireEntry(makeEntry({ at: t + 1 })),
        toWireEntry(
          makeEntry({ at: t + 2, verdict: 'deny', color: 'red', reasons: ['SIG_INVALID'] }),
        ),
        toWireEntry(makeEntry({ at: t + 3, verdict: 'review', decision: 'admit', color: 'none' })),
      ]);
      await upload(two, [toWireEntry(makeEntry({ at: t + 4, direction: 'out' }))]);
      const answer = await sendSigned(one, {}, { path: '/api/sync/occupancy' });
      expect(answer.body).toMatchObject({ venueId: enrollment.venueId, inside: 2, in: 3, out: 1 });
      expect(answer.body.asOf).toBeGreaterThan(t);
    });
  });
}
