// Who is asking, for the pages: the session behind the cookie (read once per request), the
// role a page needs, and the checks every state-changing form goes through (same origin and
// a CSRF token). Pages answer 303 to the sign-in page when nobody is signed in (GET) and a
// plain 403 page when the account may not see this.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FORM_COOKIE, readCookie, SESSION_COOKIE } from '../auth/cookies';
import { CSRF_FIELD, csrfToken, csrfValid, sameOrigin } from '../auth/csrf';
import type { Account, Role } from '../accounts/roles';
import { readSession, type Session } from '../accounts/sessions';
import type { ServerContext } from './server-context';
import { securityEvent } from './security-log';

const sessions = new WeakMap<FastifyRequest, Session | null>();

export async function loadSession(
  request: FastifyRequest,
  ctx: ServerContext,
): Promise<Session | null> {
  if (sessions.has(request)) return sessions.get(request)!;
  const id = readCookie(request, SESSION_COOKIE);
  const session = id ? await readSession(ctx.db, id, ctx.now()) : null;
  sessions.set(request, session);
  return session;
}

export const sessionOf = (request: FastifyRequest): Session | null => sessions.get(request) ?? null;

/** The CSRF token to put in this page's forms. */
export function formToken(request: FastifyRequest): string {
  const session = sessionOf(request);
  const key = session?.id ?? readCookie(request, FORM_COOKIE);
  return key ? csrfToken(key) : '';
}

export type Refusal = (status: 401 | 403) => unknown;

/**
 * The signed-in account if it has one of `roles`; otherwise the refusal is sent and null
 * returned. `refuse` renders the page the status deserves.
 */
export function accountWithRole(
  request: FastifyRequest,
  reply: FastifyReply,
  roles: readonly Role[],
  refuse: Refusal,
): Account | null {
  const session = sessionOf(request);
  if (!session) {
    if (request.method === 'GET') {
      const next = encodeURIComponent(request.url.slice(0, 300));
      void reply.redirect(`/login?next=${next}`, 303);
    } else refuse(401);
    return null;
  }
  if (!roles.includes(session.account.role)) {
    refuse(403);
    return null;
  }
  return session.account;
}

/** Same origin and a valid CSRF token for this session (or the pre-sign-in form cookie). */
export function formAccepted(request: FastifyRequest, ctx: ServerContext): boolean {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const key = sessionOf(request)?.id ?? readCookie(request, FORM_COOKIE);
  const ok = sameOrigin(request) && csrfValid(key, body[CSRF_FIELD]);
  if (!ok) ctx.security(securityEvent(request, 'CSRF_REFUSED'));
  return ok;
}
