// Accounts and sessions: invite links that work once and expire, sign-in with scrypt hashes,
// server-side sessions that logout and "log out everywhere" end, sign-in throttling kept in
// the database (so several processes count together), CSRF and origin checks on every form,
// Secure cookies behind a TLS proxy, and the admin token kept to the admin API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerHandle } from '../../../server/start-server';
import {
  getPage,
  newAccount,
  openForm,
  postAs,
  postForm,
  sessionOf,
  signIn,
  TEST_PASSWORD,
} from '../support/page-client';
import type { SuiteContext } from './suite-context';

export function accountsSuite(ctx: SuiteContext): void {
  describe('accounts, sessions and sign-in', () => {
    let server: ServerHandle;
    let venueId = '';
    let now = Date.now();
    beforeAll(async () => {
      // Its own server with a clock the tests move (invite expiry, throttle window).
      server = await ctx.backend.start({ now: () => now });
      venueId = (await server.ops.createVenue('Quán Accounts')).venue.id;
    });
    afterAll(() => server?.close());

    it('an invite link works once, signs the new owner in, and lands on their page', async () => {
      const invite = await server.ops.inviteUser({ role: 'owner', venues: [venueId] });
      expect(invite.link).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));
      const form = await openForm(invite.link);
      expect(form.status).toBe(200);
      expect(form.html).toContain('Quán Accounts');
      const fields = { _csrf: form.csrf, password: TEST_PASSWORD, password2: TEST_PASSWORD };
      const first = await postForm(invite.link, { ...fields, login: 'chu.quan' }, form.cookie);
      expect(first.status).toBe(303);
      expect(first.headers.get('location')).toBe('/admin');
      const session = sessionOf(server.url, first);
      expect((await getPage(session, '/admin')).status).toBe(200);

      // The same form sent again (back button, a second tab), then the link opened again.
      const again = await postForm(invite.link, { ...fields, login: 'someone.else' }, form.cookie);
      expect(again.status).toBe(410);
      expect(await again.text()).toContain('đã được dùng');
      expect((await openForm(invite.link)).status).toBe(410);
      expect((await server.ops.listUsers()).map((u) => u.login)).toContain('chu.quan');
      expect((await server.ops.listUsers()).map((u) => u.login)).not.toContain('someone.else');
    });

    it('an invite expires after its minutes, and a refused form leaves it usable', async () => {
      const invite = await server.ops.inviteUser({ role: 'authority', minutes: 5 });
      const form = await openForm(invite.link);
      const send = (password: string, password2 = password) =>
        postForm(
          invite.link,
          { _csrf: form.csrf, login: 'bo.y.te', password, password2 },
          form.cookie,
        );
      expect((await send(TEST_PASSWORD, 'other pass 123')).status).toBe(400);
      const short = await send('short');
      expect(short.status).toBe(400);
      expect(await short.text()).toContain('ít nhất 10 ký tự');
      now += 6 * 60_000;
      const late = await send(TEST_PASSWORD);
      expect(late.status).toBe(410);
      expect(await late.text()).toContain('hết hạn');
      expect((await openForm(invite.link)).status).toBe(410);
    });

    it('signs in with the password, refuses a wrong one, and logout ends the session', async () => {
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      expect((await signIn(server.url, owner.login, 'wrong password!')).status).toBe(401);
      const ok = await signIn(server.url, owner.login, TEST_PASSWORD);
      expect(ok.status).toBe(303);
      const session = sessionOf(server.url, ok);
      expect((await getPage(session, '/admin')).status).toBe(200);
      expect((await postAs(session, '/logout')).status).toBe(200);
      const after = await getPage(session, '/admin');
      expect(after.status).toBe(303);
      expect(after.headers.get('location')).toMatch(/^\/login\?next=/);
    });

    it('"log out everywhere" ends every session of the account, and only its own', async () => {
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      const other = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      const second = sessionOf(server.url, await signIn(server.url, owner.login, TEST_PASSWORD));
      expect(await (await getPage(owner, '/account')).text()).toContain('trên 2 trình duyệt');
      expect((await postAs(second, '/logout-everywhere')).status).toBe(200);
      expect((await getPage(owner, '/admin')).status).toBe(303);
      expect((await getPage(second, '/admin')).status).toBe(303);
      expect((await getPage(other, '/admin')).status).toBe(200);
    });

    it('disabling an account ends its sessions and its sign-in', async () => {
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      expect(await server.ops.disableUser(owner.login)).toBe(true);
      expect((await getPage(owner, '/admin')).status).toBe(303);
      expect((await signIn(server.url, owner.login, TEST_PASSWORD)).status).toBe(401);
    });

    it('throttles guessing: the 6th attempt in a row is refused even with the right password', async () => {
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      for (let i = 0; i < 5; i++)
        expect((await signIn(server.url, owner.login, `guess number ${i}`)).status).toBe(401);
      const blocked = await signIn(server.url, owner.login, TEST_PASSWORD);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('900');
      now += 16 * 60_000;
      expect((await signIn(server.url, owner.login, TEST_PASSWORD)).status).toBe(303);
    });

    it('refuses a form without its CSRF token or from another origin', async () => {
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      const noToken = await postForm(`${server.url}/logout-everywhere`, {}, owner.cookie);
      expect(noToken.status).toBe(403);
      const foreign = await fetch(`${server.url}/logout-everywhere`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: owner.cookie,
          origin: 'https://evil.example',
        },
        body: new URLSearchParams({ _csrf: owner.csrf }),
      });
      expect(foreign.status).toBe(403);
      expect((await getPage(owner, '/admin')).status).toBe(200); // still signed in
      const login = await openForm(`${server.url}/login`);
      const noFormToken = await postForm(
        `${server.url}/login`,
        { login: owner.login, password: TEST_PASSWORD },
        login.cookie,
      );
      expect(noFormToken.status).toBe(403);
    });

    it('sets HttpOnly, SameSite=Strict cookies, Secure only over HTTPS', async () => {
      const res = await signIn(server.url, 'chu.quan', TEST_PASSWORD);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kiosk_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).not.toMatch(/Secure/);
      // Without --trust-proxy a forwarded header changes nothing.
      const forged = await fetch(`${server.url}/login`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(forged.headers.getSetCookie().join()).not.toMatch(/Secure/);
    });

    it('keeps the admin token to the admin API: the pages want a session', async () => {
      const bearer = { authorization: `Bearer ${server.adminToken}` };
      const page = await fetch(`${server.url}/admin`, { headers: bearer, redirect: 'manual' });
      expect(page.status).toBe(303);
      const old = await fetch(`${server.url}/admin/login?token=${server.adminToken}`, {
        redirect: 'manual',
      });
      expect(old.status).toBe(303);
      expect(old.headers.get('location')).toBe('/login');
      expect(old.headers.getSetCookie().join()).not.toContain('kiosk_session');
      expect((await fetch(`${server.url}/api/admin/users`, { headers: bearer })).status).toBe(200);
    });

    it('each role sees only its own pages', async () => {
      const authority = await newAccount(server.url, server.ops, { role: 'authority' });
      const operator = await newAccount(server.url, server.ops, { role: 'operator' });
      const owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
      const status = async (s: typeof owner, path: string) => (await getPage(s, path)).status;
      expect(await status(authority, '/authority')).toBe(200);
      expect(await status(authority, '/admin')).toBe(403);
      expect(await status(authority, '/operator')).toBe(403);
      expect(await status(owner, '/authority')).toBe(403);
      expect(await status(owner, '/operator/users')).toBe(403);
      expect(await status(operator, '/operator')).toBe(200);
      expect(await status(operator, '/admin')).toBe(403);
      expect(await status(operator, '/authority')).toBe(403);
    });
  });
}
