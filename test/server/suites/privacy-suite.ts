// Tracing, erasure, retention and the audit log, on planted data: one person at two venues
// (a chip card at A from an older kiosk sending raw ids, a 1405 QR at B from a kiosk keying
// its own pseudonyms, a DCC at C), the people around them, and people elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passPseudonym, readPseudonymSecret } from '../../../src/core';
import type { Entry } from '../../../src/model';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { dccPassId } from '../../../server/privacy/person-identifiers';
import { runRetention } from '../../../server/privacy/retention';
import { vietnamDayOf } from '../../../server/pages/vietnam-day';
import type { ServerHandle } from '../../../server/start-server';
import { makeEntry } from '../support/entries';
import { getPage, newAccount, postAs, type PageSession } from '../support/page-client';
import { enrollTestDevice, upload, type TestDevice } from '../support/signed-client';
import type { SuiteContext } from './suite-context';

const H = 3_600_000;
const DAY = 24 * H;
const CCCD = '001093029317';
const QID = '987654321';

export function privacySuite(ctx: SuiteContext): void {
  describe('tracing, erasure, retention and the audit log', () => {
    let server: ServerHandle;
    const now = Date.now();
    const t0 = now - 5 * DAY;
    const venues: Record<'A' | 'B' | 'C' | 'R', { id: string; device: TestDevice }> = {} as never;
    type Signed = PageSession & { login: string };
    let authority: Signed;
    let operator: Signed;
    let ownerA: Signed;
    let ownerC: Signed;
    const send = async (v: keyof typeof venues, entries: Partial<Entry>[]) => {
      const res = await upload(
        venues[v].device,
        entries.map((e) => toWireEntry(makeEntry(e))),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    const keyed = (v: keyof typeof venues, raw: string) =>
      passPseudonym(readPseudonymSecret(venues[v].device.venueSecret!)!, raw);
    const count = async (where: string, params: unknown[]) =>
      (
        await server.db.query<{ n: number }>(
          `SELECT count(*) AS n FROM entries WHERE ${where}`,
          params,
        )
      )[0]!.n;

    beforeAll(async () => {
      server = await ctx.backend.start();
      for (const name of ['A', 'B', 'C', 'R'] as const) {
        const { venue, enrollment } = await server.ops.createVenue(`Venue ${name}`);
        venues[name] = {
          id: venue.id,
          device: await enrollTestDevice(server.url, enrollment.code, `Door ${name}`),
        };
      }
      await send('A', [
        { at: t0, passId: `cccd:${CCCD}`, format: 'cccd', maskedName: 'X. PERSON' },
        { at: t0 + H, passId: 'qid:Y1', maskedName: 'Y. CONTACT' },
        { at: t0 - 1.5 * H, passId: `manual:B7654321`, maskedName: 'Z. CONTACT' },
        { at: t0 + 0.5 * H, passId: null, maskedName: 'Q. NOID' },
        { at: t0 + 3 * H, passId: 'qid:W1', maskedName: 'W. LATER' },
      ]);
      await send('B', [
        { at: t0 + 3 * DAY, passId: keyed('B', `qid:${QID}`), maskedName: 'X. PERSON' },
        { at: t0 + 3 * DAY + 10 * 60_000, passId: keyed('B', 'qid:V1'), maskedName: 'V. CONTACT' },
      ]);
      await send('C', [
        { at: t0, passId: 'qid:U1', maskedName: 'U. ELSEWHERE' },
        {
          at: t0 + 2 * DAY,
          passId: dccPassId('NGUYEN', 'VAN<AN', '1990-02-03'),
          format: 'unknown',
          maskedName: 'D. DCC',
        },
        { at: t0 + 2 * DAY + H, passId: 'qid:D2', maskedName: 'E. NEAR DCC' },
      ]);
      authority = await newAccount(server.url, server.ops, { role: 'authority' });
      operator = await newAccount(server.url, server.ops, { role: 'operator' });
      ownerA = await newAccount(server.url, server.ops, { role: 'owner', venues: [venues.A.id] });
      ownerC = await newAccount(server.url, server.ops, { role: 'owner', venues: [venues.C.id] });
    });
    afterAll(() => server?.close());

    const traceFields = {
      cccd: CCCD,
      qid: QID,
      from: vietnamDayOf(t0 - DAY),
      to: vietnamDayOf(now),
      hours: '2',
    };

    it('finds the person at every venue and the people around them, masked, and audits it', async () => {
      const res = await postAs(authority, '/authority/trace', traceFields);
      expect(res.status).toBe(200);
      const page = await res.text();
      for (const name of ['Y. CONTACT', 'Z. CONTACT', 'Q. NOID', 'V. CONTACT'])
        expect(page).toContain(name);
      for (const name of ['W. LATER', 'U. ELSEWHERE', 'D. DCC']) expect(page).not.toContain(name);
      expect(page.match(/X\. PERSON/g)).toHaveLength(2);
      // The number is only in the hidden fields that carry it to the CSV form (a POST).
      expect(page.replace(/<input type="hidden"[^>]*>/g, '')).not.toContain(CCCD);
      const [row] = await server.db.query<{
        action: string;
        venue_ids: string[];
        row_count: number;
        detail: Record<string, unknown>;
        actor_login: string;
      }>("SELECT * FROM audit_log WHERE action = 'trace' ORDER BY id DESC LIMIT 1");
      expect(row).toMatchObject({ actor_login: authority.login, row_count: 6 });
      expect([...row!.venue_ids].sort()).toEqual([venues.A.id, venues.B.id].sort());
      expect(row!.detail).toMatchObject({ visits: 2, contacts: 4, hours: 2 });
      expect(JSON.stringify(row!.detail)).not.toContain(CCCD);
      expect(JSON.stringify(row!.detail)).toContain('********9317');
    });

    it('gives the same as CSV, audited again', async () => {
      const res = await postAs(authority, '/authority/trace.csv', traceFields);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toMatch(/^kind,venue,time/);
      expect(lines.filter((l) => l.startsWith('visit,'))).toHaveLength(2);
      expect(lines.filter((l) => l.startsWith('contact,'))).toHaveLength(4);
      const [csv] = await server.db.query<{ n: number }>(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'trace.csv'",
      );
      expect(csv!.n).toBe(1);
    });

    it('finds a DCC holder by name and birth date as typed (diacritics, spaces)', async () => {
      const res = await postAs(authority, '/authority/trace', {
        dccFamily: 'Nguyễn',
        dccGiven: 'Văn An',
        dccBirth: '1990-02-03',
        from: traceFields.from,
        to: traceFields.to,
        hours: '2',
      });
      const page = await res.text();
      expect(page).toContain('D. DCC');
      expect(page).toContain('E. NEAR DCC');
      expect(page).not.toContain('U. ELSEWHERE');
    });

    it('lets the owners of the venues involved read the audit rows, and nobody else', async () => {
      const a = await (await getPage(ownerA, '/admin/audit')).text();
      expect(a).toContain('Tra cứu tiếp xúc');
      expect(a).toContain(authority.login);
      const c = await (await getPage(ownerC, '/admin/audit')).text();
      expect(c.match(/data-action="trace"/g)).toHaveLength(1); // the DCC query, at C only
      const own = await (await getPage(authority, '/authority/audit')).text();
      expect(own.match(/data-action="trace/g)).toHaveLength(3);
      expect((await getPage(authority, '/operator/audit')).status).toBe(403);
    });

    it('refuses to change or delete the audit log', async () => {
      await expect(server.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(server.db.query("UPDATE audit_log SET actor_login = 'x'")).rejects.toThrow(
        /append-only/,
      );
      await expect(server.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    });

    it('erases one person: an owner at their venue only, the operator everywhere', async () => {
      const x = [keyed('A', `cccd:${CCCD}`), keyed('B', `cccd:${CCCD}`)];
      const found = await postAs(ownerA, '/admin/erase', { cccd: CCCD, qid: QID });
      expect(await found.text()).toContain('Tìm thấy 1 lượt quét');
      const erased = await postAs(ownerA, '/admin/erase?confirm=1', { cccd: CCCD, qid: QID });
      expect(await erased.text()).toContain('Đã xóa 1 lượt quét');
      expect(await count('pass_id = ANY($1::text[])', [x])).toBe(0);
      expect(await count('venue_id = $1', [venues.A.id])).toBe(4); // the others stay
      expect(await count('pass_id = $1', [keyed('B', `qid:${QID}`)])).toBe(1); // not A's owner's venue
      const byOperator = await postAs(operator, '/operator/erase?confirm=1', { qid: QID });
      expect(await byOperator.text()).toContain('Đã xóa 1 lượt quét');
      expect(await count('pass_id = $1', [keyed('B', `qid:${QID}`)])).toBe(0);
      const audit = await server.db.query<{ actor_login: string; row_count: number }>(
        "SELECT actor_login, row_count FROM audit_log WHERE action = 'erase.person' ORDER BY id",
      );
      expect(audit).toEqual([
        { actor_login: ownerA.login, row_count: 1 },
        { actor_login: operator.login, row_count: 1 },
      ]);
    });

    it('retention removes entries older than each venue keeps, and nothing newer', async () => {
      await send('R', [
        { at: now - 40 * DAY, maskedName: 'OLD 40' },
        { at: now - 20 * DAY, maskedName: 'OLD 20' },
        { at: now - DAY, maskedName: 'NEW 1' },
      ]);
      const names = async () =>
        (
          await server.db.query<{ masked_name: string }>(
            'SELECT masked_name FROM entries WHERE venue_id = $1 ORDER BY at',
            [venues.R.id],
          )
        ).map((r) => r.masked_name);
      const cutoffs: number[] = [];
      const dropper = {
        dropEntriesOlderThan: async (_db: unknown, cutoff: number) => (cutoffs.push(cutoff), 0),
      };
      const first = await runRetention(server.db, { now, dropper, batch: 2 });
      expect(await names()).toEqual(['OLD 20', 'NEW 1']);
      expect(first.byVenue[venues.R.id]).toBe(1);
      expect(cutoffs).toEqual([now - 30 * DAY]);
      await server.ops.setRetention(venues.R.id, 10);
      await expect(server.ops.setRetention(venues.R.id, 31)).rejects.toThrow(/1–30 days/);
      await runRetention(server.db, { now });
      expect(await names()).toEqual(['NEW 1']);
      expect(await count('venue_id = $1', [venues.A.id])).toBe(4); // A's 5-day-old entries stay
      const [row] = await server.db.query<{ row_count: number; actor_role: string }>(
        "SELECT row_count, actor_role FROM audit_log WHERE action = 'retention' AND $1 = ANY(venue_ids) ORDER BY id DESC LIMIT 1",
        [venues.R.id],
      );
      expect(row).toEqual({ row_count: 1, actor_role: 'system' });
      await server.ops.setMaxRetention(3);
      await runRetention(server.db, { now });
      expect(await count('venue_id = $1', [venues.A.id])).toBe(0); // 5 days > the new maximum
      expect(await names()).toEqual(['NEW 1']);
      await server.ops.setMaxRetention(30);
    });

    it('erases a whole venue: entries, devices, secret, listed nowhere, audited', async () => {
      const res = await postAs(operator, `/operator/venues/${venues.C.id}/erase`);
      expect(res.status).toBe(200);
      expect(await count('venue_id = $1', [venues.C.id])).toBe(0);
      const [secret] = await server.db.query<{ n: number }>(
        'SELECT count(*) AS n FROM venue_secrets WHERE venue_id = $1',
        [venues.C.id],
      );
      expect(secret!.n).toBe(0);
      expect((await upload(venues.C.device, [toWireEntry(makeEntry())])).body.error).toBe(
        'DEVICE_REVOKED',
      );
      expect((await server.ops.listVenues()).map((v) => v.id)).not.toContain(venues.C.id);
      const audit = await (await getPage(ownerC, '/admin/audit')).text();
      expect(audit).toContain('Xóa toàn bộ địa điểm');
    });
  });
}
