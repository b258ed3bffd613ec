// A person using the pages, for server tests (and the e2e set-up): accepting an invite link,
// signing in, reading pages and posting forms with the session's CSRF token, all through
// fetch as a browser would (cookies by hand, redirects not followed).
import { csrfToken } from '../../../server/auth/csrf';
import type { AdminOps, InviteRequest } from '../../../server/admin/admin-ops';

export interface PageSession {
  /** Set for accounts made by newAccount. */
  login?: string;
  baseUrl: string;
  /** `kiosk_session=<id>` */
  cookie: string;
  csrf: string;
}

const cookieOf = (res: Response, name: string): string | null => {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    if (pair?.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
  }
  return null;
};

const hiddenCsrf = (html: string) => /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '';

export function sessionFrom(baseUrl: string, cookie: string): PageSession {
  return { baseUrl, cookie, csrf: csrfToken(cookie.split('=')[1]!) };
}

/** GETs a form page (login, invite) and returns its form cookie and CSRF token. */
export async function openForm(
  url: string,
): Promise<{ cookie: string; csrf: string; status: number; html: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  const html = await res.text();
  return {
    cookie: cookieOf(res, 'kiosk_form') ?? '',
    csrf: hiddenCsrf(html),
    status: res.status,
    html,
  };
}

export async function postForm(
  url: string,
  fields: Record<string, string | string[]>,
  cookie = '',
): Promise<Response> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body,
  });
}

/** Opens the invite link and accepts it; the response of the POST (303 and a session on success). */
export async function acceptInviteLink(
  link: string,
  login: string,
  password: string,
  password2 = password,
): Promise<Response> {
  const form = await openForm(link);
  return postForm(link, { _csrf: form.csrf, login, password, password2 }, form.cookie);
}

export async function signIn(baseUrl: string, login: string, password: string): Promise<Response> {
  const form = await openForm(`${baseUrl}/login`);
  return postForm(`${baseUrl}/login`, { _csrf: form.csrf, login, password }, form.cookie);
}

export function sessionOf(baseUrl: string, res: Response): PageSession {
  const cookie = cookieOf(res, 'kiosk_session');
  if (!cookie) throw new Error(`no session: ${res.status}`);
  return sessionFrom(baseUrl, cookie);
}

let accounts = 0;
export const TEST_PASSWORD = 'correct horse battery';

/** A new account of this role (through an invite link) and its signed-in session. */
export async function newAccount(
  baseUrl: string,
  ops: AdminOps,
  request: Omit<InviteRequest, 'login'>,
  login = `${request.role}-${process.pid}-${++accounts}`,
): Promise<PageSession & { login: string }> {
  const invite = await ops.inviteUser({ ...request, login });
  const res = await acceptInviteLink(invite.link, login, TEST_PASSWORD);
  if (res.status !== 303) throw new Error(`invite refused: ${res.status} ${await res.text()}`);
  return { ...sessionOf(baseUrl, res), login };
}

export async function getPage(s: PageSession, path: string): Promise<Response> {
  return fetch(`${s.baseUrl}${path}`, { redirect: 'manual', headers: { cookie: s.cookie } });
}

/** POSTs a form of a signed-in page, with the session's CSRF token. */
export function postAs(
  s: PageSession,
  path: string,
  fields: Record<string, string | string[]> = {},
) {
  return postForm(`${s.baseUrl}${path}`, { _csrf: s.csrf, ...fields }, s.cookie);
}
