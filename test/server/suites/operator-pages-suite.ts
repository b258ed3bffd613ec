// The operator's pages drive the same operations as the CLI, under the operator's own name in
// the audit log: venues, retention (refused past the maximum, in words), the door hook (its
// secret shown once), invites shown once, and disabling accounts (never one's own).
import { describe, expect, it } from 'vitest';
import {
  acceptInviteLink,
  getPage,
  newAccount,
  postAs,
  TEST_PASSWORD,
} from '../support/page-client';
import type { SuiteContext } from './suite-context';

export function operatorPagesSuite(ctx: SuiteContext): void {
  describe('operator pages', () => {
    it('creates a venue, sets its retention and door hook, and refuses a retention past the maximum', async () => {
      const server = ctx.server();
      const operator = await newAccount(server.url, server.ops, { role: 'operator' });
      const created = await postAs(operator, '/operator/venues', { name: 'Nhà hàng Sen' });
      expect(created.status).toBe(200);
      const venue = (await server.ops.listVenues()).find((v) => v.name === 'Nhà hàng Sen')!;
      expect(
        (await postAs(operator, `/operator/venues/${venue.id}/retention`, { days: '14' })).status,
      ).toBe(200);
      expect((await server.ops.listVenues()).find((v) => v.id === venue.id)!.retentionDays).toBe(
        14,
      );
      const tooLong = await postAs(operator, `/operator/venues/${venue.id}/retention`, {
        days: '400',
      });
      expect(tooLong.status).toBe(400);
      expect(await tooLong.text()).toContain('Số ngày từ 1 đến 30.');
      const hook = await postAs(operator, `/operator/venues/${venue.id}/hook`, {
        url: 'https://door.example/open',
      });
      expect(await hook.text()).toMatch(/data-testid="hook-secret">[A-Za-z0-9_-]{43}</);
      const bad = await postAs(operator, `/operator/venues/${venue.id}/hook`, { url: 'ftp://x' });
      expect(await bad.text()).toContain('http:// hoặc https://');
      const [row] = await server.db.query<{ actor_login: string }>(
        "SELECT actor_login FROM audit_log WHERE action = 'hook.set' ORDER BY id DESC LIMIT 1",
      );
      expect(row!.actor_login).toBe(operator.login);
    });

    it('invites from the users page (the link shown once), and disables accounts but not its own', async () => {
      const server = ctx.server();
      const operator = await newAccount(server.url, server.ops, { role: 'operator' });
      const venue = (await server.ops.createVenue('Mời từ trang')).venue;
      const missing = await postAs(operator, '/operator/users/invite', {
        role: 'owner',
        minutes: '30',
      });
      expect(await missing.text()).toContain('Chủ địa điểm cần ít nhất một địa điểm.');
      const made = await postAs(operator, '/operator/users/invite', {
        role: 'owner',
        venue: [venue.id],
        login: 'moi.trang',
        minutes: '10',
      });
      const link = /data-testid="invite-link">([^<]+)</.exec(await made.text())![1]!;
      expect((await acceptInviteLink(link, 'moi.trang', TEST_PASSWORD)).status).toBe(303);
      expect(await (await getPage(operator, '/operator/users')).text()).not.toContain(link);
      expect((await postAs(operator, '/operator/users/moi.trang/disable')).status).toBe(303);
      expect(
        (await server.ops.listUsers()).find((u) => u.login === 'moi.trang')!.disabledAt,
      ).not.toBeNull();
      const self = await postAs(operator, `/operator/users/${operator.login}/disable`);
      expect(await self.text()).toContain('Không thể tự khóa');
    });
  });
}
