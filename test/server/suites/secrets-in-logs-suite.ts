// No secret in any URL or log line, and Secure cookies behind a TLS proxy: a server logging
// everything (info) behind a trusted proxy is taken through an invite, a sign-in, pages and
// a logout; its log holds neither the invite token, the password, the session id nor the
// admin token. A weak KIOSK_ADMIN_TOKEN is refused at start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerHandle } from '../../../server/start-server';
import { loadAdminToken, WeakAdminToken } from '../../../server/auth/admin-auth';
import {
  acceptInviteLink,
  getPage,
  postAs,
  sessionOf,
  signIn,
  TEST_PASSWORD,
} from '../support/page-client';
import type { SuiteContext } from './suite-context';

export function secretsInLogsSuite(ctx: SuiteContext): void {
  describe('secrets stay out of URLs and logs', () => {
    // One server logging everything, behind a (pretend) trusted TLS proxy.
    const lines: string[] = [];
    let server: ServerHandle;
    beforeAll(async () => {
      server = await ctx.backend.start({
        logLevel: 'info',
        logStream: { write: (line) => void lines.push(line) },
        trustProxy: true,
      });
    });
    afterAll(() => server?.close());

    it('logs requests without the invite token, password, session id or admin token', async () => {
      {
        const venue = (await server.ops.createVenue('Log venue')).venue;
        const invite = await server.ops.inviteUser({
          role: 'owner',
          venues: [venue.id],
          login: 'log.owner',
        });
        const token = invite.link.split('/').pop()!;
        const accepted = await acceptInviteLink(invite.link, 'log.owner', TEST_PASSWORD);
        expect(accepted.status).toBe(303);
        const session = sessionOf(server.url, accepted);
        await getPage(session, `/admin?venue=${venue.id}&token=leaky-secret-value`);
        await postAs(session, '/logout');
        await signIn(server.url, 'log.owner', 'a wrong password 1');
        await fetch(`${server.url}/api/admin/users`, {
          headers: { authorization: `Bearer ${server.adminToken}` },
        });
        const log = lines.join('');
        expect(log).toContain('/invite/[redacted]');
        expect(log).toContain('token=[redacted]');
        for (const secret of [
          token,
          TEST_PASSWORD,
          'a wrong password 1',
          session.cookie.split('=')[1]!,
          server.adminToken,
          'leaky-secret-value',
        ])
          expect(log).not.toContain(secret);
      }
    });

    it('behind a trusted TLS proxy, cookies are Secure', async () => {
      {
        const res = await fetch(`${server.url}/login`, {
          headers: { 'x-forwarded-proto': 'https' },
        });
        expect(res.headers.getSetCookie().find((c) => c.startsWith('kiosk_form='))).toMatch(
          /; Secure/,
        );
        const plain = await fetch(`${server.url}/login`);
        expect(plain.headers.getSetCookie().join()).not.toMatch(/Secure/);
      }
    });

    it('refuses a weak KIOSK_ADMIN_TOKEN', () => {
      expect(() => loadAdminToken('/nonexistent', 'secret')).toThrow(WeakAdminToken);
      expect(() => loadAdminToken('/nonexistent', 'a'.repeat(40))).toThrow(/too few different/);
      expect(loadAdminToken('/nonexistent', 'Zk3vQ9pL2mX8wR4tY7uN1bC6dF0gH5jA')).toHaveLength(32);
    });
  });
}
