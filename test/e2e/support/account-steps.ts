// Steps of the owner, authority and operator page tests: venues with an enrolled test device
// to plant entries through (signed uploads, as a kiosk would), accounts made through invite
// links, and signing in through the real sign-in page.
import { expect, type Page } from '@playwright/test';
import type { InviteRequest } from '../../../server/admin/admin-ops';
import type { Entry } from '../../../src/model';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { makeEntry } from '../../server/support/entries';
import { acceptInviteLink, TEST_PASSWORD } from '../../server/support/page-client';
import { enrollTestDevice, upload, type TestDevice } from '../../server/support/signed-client';
import { e2eServer } from '../../sync/support/e2e-server';

export { TEST_PASSWORD };

let serial = 0;
/** Unique within a run (the e2e server's data is fresh for each run). */
export const unique = (tag: string) => `${tag}-${Date.now().toString(36)}-${++serial}`;

export async function venueWithDevice(name: string): Promise<{ id: string; device: TestDevice }> {
  const server = e2eServer();
  const { venue, enrollment } = await server.admin.createVenue(name);
  return {
    id: venue.id,
    device: await enrollTestDevice(server.url, enrollment.code, `Cửa ${name}`),
  };
}

/** Uploads entries as the device's kiosk would; they must all be held. */
export async function plant(device: TestDevice, entries: Partial<Entry>[]): Promise<Entry[]> {
  const made = entries.map((e) => makeEntry(e));
  const res = await upload(device, made.map(toWireEntry));
  expect(res.status).toBe(200);
  expect(res.body.held).toHaveLength(made.length);
  return made;
}

/** An account made through its invite link (over HTTP); its login and password. */
export async function account(request: Omit<InviteRequest, 'login'>): Promise<string> {
  const login = unique(request.role);
  const invite = await e2eServer().admin.inviteUser({ ...request, login });
  expect((await acceptInviteLink(invite.link, login, TEST_PASSWORD)).status).toBe(303);
  return login;
}

/** Signs in through the sign-in page. */
export async function signInPage(
  page: Page,
  login: string,
  password = TEST_PASSWORD,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.locator('.who')).toContainText(login);
}
