// The owner's pages in words, and their walls: an owner of venue A gets 403 for venue B's
// log, export, live view, devices and device actions; the page speaks Vietnamese first and
// English on request; devices are named, revoked and enrolled from the page; the CSV of a
// date range streams every entry in order.
import { beforeAll, describe, expect, it } from 'vitest';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { vietnamDayOf, vietnamDayRange } from '../../../server/pages/vietnam-day';
import type { ServerHandle } from '../../../server/start-server';
import { makeEntry } from '../support/entries';
import { getPage, newAccount, postAs, type PageSession } from '../support/page-client';
import { enrollTestDevice, sendSigned, upload, type TestDevice } from '../support/signed-client';
import type { SuiteContext } from './suite-context';

const DAY = 86_400_000;

export function ownerPagesSuite(ctx: SuiteContext): void {
  describe('owner pages', () => {
    let server: ServerHandle;
    let a: { id: string; device: TestDevice };
    let b: { id: string; device: TestDevice };
    let ownerA: PageSession;
    const now = Date.now();
    beforeAll(async () => {
      server = ctx.server();
      const venue = async (name: string) => {
        const { venue, enrollment } = await server.ops.createVenue(name);
        return { id: venue.id, device: await enrollTestDevice(server.url, enrollment.code, '') };
      };
      a = await venue('Quán A');
      b = await venue('Quán B');
      ownerA = await newAccount(server.url, server.ops, { role: 'owner', venues: [a.id] });
      const yesterday = now - DAY;
      await upload(a.device, [
        toWireEntry(makeEntry({ at: yesterday })),
        toWireEntry(
          makeEntry({
            at: now - 1000,
            verdict: 'review',
            decision: null,
            color: 'none',
            reasons: ['IDENTITY_ONLY'],
          }),
        ),
        toWireEntry(makeEntry({ at: now - 500, color: 'yellow', reasons: ['VACCINATED_PARTIAL'] })),
      ]);
      await upload(b.device, [toWireEntry(makeEntry({ at: now - 100, maskedName: 'B. SECRET' }))]);
    });

    it("refuses venue B's log, export, live view, devices and device actions to A's owner", async () => {
      for (const path of [
        `/admin?venue=${b.id}`,
        `/admin/export.csv?venue=${b.id}`,
        `/admin/live?venue=${b.id}`,
        `/admin/devices?venue=${b.id}`,
        `/admin/devices/${b.device.deviceId}/revoke`,
      ]) {
        const res = await getPage(ownerA, path);
        expect(res.status, path).toBe(403);
        expect(await res.text()).not.toContain('B. SECRET');
      }
      expect(
        (await postAs(ownerA, `/admin/devices/${b.device.deviceId}/rename`, { label: 'x' })).status,
      ).toBe(403);
      expect((await postAs(ownerA, `/admin/devices/${b.device.deviceId}/revoke`)).status).toBe(403);
      expect((await postAs(ownerA, `/admin/venues/${b.id}/codes`)).status).toBe(403);
      expect((await server.ops.listDevices(b.id))[0]!.revokedAt).toBeNull();
      // Their own venue is the default, and B is not even offered.
      const own = await (await getPage(ownerA, '/admin')).text();
      expect(own).toContain('Quán A');
      expect(own).not.toContain('Quán B');
    });

    it('says verdicts, decisions, colours and reasons in words, Vietnamese first, English on request', async () => {
      const vi = await (await getPage(ownerA, '/admin')).text();
      for (const words of [
        'Cần kiểm tra',
        'Chưa quyết định',
        'Vàng',
        'Đã tiêm một phần',
        'Chỉ có thông tin nhận dạng',
        'Đang ở trong',
        'Lượt quét theo giờ',
      ])
        expect(vi).toContain(words);
      expect(vi).toMatch(/class="chip chip-yellow"/);
      expect(vi).not.toMatch(/>VACCINATED_PARTIAL<|>review<|>none</);
      const en = await getPage(ownerA, '/admin?lang=en');
      const enText = await en.text();
      expect(enText).toContain('Check documents');
      expect(enText).toContain('Partly vaccinated');
      expect(en.headers.getSetCookie().join()).toContain('kiosk_lang=en');
    });

    it('counts people inside across every device of the venue', async () => {
      const { enrollment } = await server.ops.createVenue('Hai cửa');
      const venueId = enrollment.venueId;
      const front = await enrollTestDevice(server.url, enrollment.code, 'Cửa trước');
      const back = await enrollTestDevice(
        server.url,
        (await server.ops.newEnrollmentCode(venueId)).code,
        'Cửa sau',
      );
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      await upload(front, [
        toWireEntry(makeEntry({ at: now - 3000 })),
        toWireEntry(makeEntry({ at: now - 2000 })),
      ]);
      await upload(back, [toWireEntry(makeEntry({ at: now - 1000, direction: 'out' }))]);
      const live = await getPage(owner, `/admin/live?venue=${venueId}`);
      const text = await live.text();
      expect(text).toMatch(/<meta http-equiv="refresh" content="15"/);
      expect(/Đang ở trong<\/span>\s*<strong>(\d+)</.exec(text)?.[1]).toBe('1');
      expect(text).toContain('Cửa trước');
      expect(text).toContain('Cửa sau');
      const answer = await sendSigned(back, {}, { path: '/api/sync/occupancy' });
      expect(answer.body).toMatchObject({ venueId, inside: 1, in: 2, out: 1 });
    });

    it('names and revokes a device, and makes an enrollment code, from the devices page', async () => {
      const device = a.device.deviceId;
      expect(await (await getPage(ownerA, `/admin/devices?venue=${a.id}`)).text()).toContain(
        'Chưa đặt tên',
      );
      expect(
        (await postAs(ownerA, `/admin/devices/${device}/rename`, { label: 'Cổng chính' })).status,
      ).toBe(303);
      const page = await (await getPage(ownerA, `/admin/devices?venue=${a.id}`)).text();
      expect(page).toContain('Cổng chính');
      const code = await postAs(ownerA, `/admin/venues/${a.id}/codes`);
      expect(code.status).toBe(200);
      const shown = /data-testid="enrollment-code">([0-9A-Z-]{11})</.exec(await code.text())?.[1];
      expect(await server.ops.enrollmentCodeState(shown!)).toBe('usable');
      expect(await (await getPage(ownerA, `/admin/devices/${device}/revoke`)).text()).toContain(
        'Thu hồi thiết bị &quot;Cổng chính&quot;?',
      );
      expect((await postAs(ownerA, `/admin/devices/${device}/revoke`)).status).toBe(303);
      const refused = await upload(a.device, [toWireEntry(makeEntry())]);
      expect(refused.body.error).toBe('DEVICE_REVOKED');
    });

    it('lists a day 200 scans a page, newest first, each older page a keyset link away', async () => {
      const { venue, enrollment } = await server.ops.createVenue('Quán đông khách');
      const device = await enrollTestDevice(server.url, enrollment.code, 'Cửa');
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venue.id] });
      const day = vietnamDayOf(now - DAY);
      const { from } = vietnamDayRange(day)!;
      const name = (i: number) => `P. ${String(i).padStart(4, '0')}`;
      const sent = await upload(
        device,
        Array.from({ length: 450 }, (_, i) =>
          toWireEntry(makeEntry({ at: from + 3_600_000 + i * 1000, maskedName: name(i) })),
        ),
      );
      expect(sent.body.inserted).toBe(450);
      const listed = (html: string) =>
        [...html.matchAll(/<td>(P\. \d{4})<\/td>/g)].map((m) => m[1]!);
      const older = (html: string) =>
        /<a class="button" href="([^"]+)" rel="next">/.exec(html)?.[1]?.replaceAll('&amp;', '&');
      const pages: string[][] = [];
      let path: string | undefined = `/admin?venue=${venue.id}&from=${day}&to=${day}`;
      let last = '';
      while (path && pages.length < 5) {
        const res = await getPage(owner, path);
        expect(res.status).toBe(200);
        last = await res.text();
        pages.push(listed(last));
        path = older(last);
      }
      expect(pages.map((p) => p.length)).toEqual([200, 200, 50]);
      expect(pages.flat()).toEqual(Array.from({ length: 450 }, (_, i) => name(449 - i)));
      expect(last).toContain('Lượt mới nhất'); // back to the first page from the last
      // The totals count the whole day, whatever the page.
      expect(last).toMatch(/<td>450<\/td>/);
      // A cursor edited by hand is the first page, not an error.
      const edited = await getPage(
        owner,
        `/admin?venue=${venue.id}&from=${day}&to=${day}&before=x`,
      );
      expect(listed(await edited.text())).toEqual(pages[0]);
    });

    it('streams the CSV of a date range: every entry once, in time order', async () => {
      const from = vietnamDayOf(now - DAY);
      const to = vietnamDayOf(now);
      const res = await getPage(ownerA, `/admin/export.csv?venue=${a.id}&from=${from}&to=${to}`);
      expect(res.headers.get('content-disposition')).toContain(`checkins-${from}_${to}.csv`);
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines).toHaveLength(4);
      const times = lines.slice(1).map((l) => l.split(',')[1]!);
      expect([...times].sort()).toEqual(times);
      const today = await getPage(ownerA, `/admin/export.csv?venue=${a.id}`);
      expect((await today.text()).trimEnd().split('\r\n')).toHaveLength(3);
    });
  });
}
