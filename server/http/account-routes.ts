// Signing in and out, invites and the account page: /login, /logout, /logout-everywhere,
// /invite/<token> and /account. Each POST is checked for its origin and CSRF token first.
// The invite token travels in the link's path (it must: the link is what the operator sends),
// so it is never logged (see log-redaction.ts), no page sends a referrer to another site, and the link
// works once and only for minutes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readInvite } from '../accounts/invites';
import { HOME } from '../accounts/roles';
import { countSessions, endAllSessions, endSession, SESSION_MS } from '../accounts/sessions';
import { acceptInvite, signIn } from '../accounts/sign-in';
import { clientKey } from '../accounts/login-throttle';
import { clearCookie, FORM_COOKIE, SESSION_COOKIE, setCookie } from '../auth/cookies';
import { listVenues } from '../store/venues';
import { accountPage, invitePage, loginPage } from '../pages/account-pages';
import { messagePage } from '../pages/layout';
import { vietnamTime } from '../pages/vietnam-day';
import { field } from './form-body';
import { accountWithRole, formAccepted, sessionOf } from './page-auth';
import { frameOf, refusal, sendHtml } from './page-frame';
import { securityEvent } from './security-log';
import type { ServerContext } from './server-context';

/** Only a local path may follow a sign-in (no open redirect). */
const safeNext = (next: string) =>
  /^\/(?![/\\])[\x21-\x7e]*$/.test(next) && !next.startsWith('/login') ? next : null;

export async function accountRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const startSession = (
    request: Parameters<typeof setCookie>[0],
    reply: Parameters<typeof setCookie>[1],
    sessionId: string,
  ) => {
    setCookie(request, reply, SESSION_COOKIE, sessionId, SESSION_MS / 1000);
    clearCookie(request, reply, FORM_COOKIE);
  };

  app.get<{ Querystring: { next?: string } }>('/login', async (request, reply) => {
    const session = sessionOf(request);
    if (session) return reply.redirect(HOME[session.account.role], 303);
    return sendHtml(
      reply,
      loginPage(frameOf(request, reply, ctx), { next: request.query.next ?? '' }),
    );
  });

  app.post('/login', async (request, reply) => {
    if (!formAccepted(request, ctx)) return refusal(request, reply, ctx)(403, 'form');
    const login = field(request.body, 'login', 100);
    const next = field(request.body, 'next', 300);
    const result = await signIn(
      ctx.db,
      { login, password: field(request.body, 'password', 400), client: clientKey(request.ip) },
      ctx.now(),
      ctx.scrypt,
    );
    if (!result.ok) {
      ctx.security(securityEvent(request, result.refusal));
      const f = frameOf(request, reply, ctx);
      if (result.refusal === 'TOO_MANY_ATTEMPTS') {
        reply.header('retry-after', String(result.retryAfterS));
        const problem = f.w.login.tooMany(Math.ceil(result.retryAfterS / 60));
        return sendHtml(reply, loginPage(f, { login, next, problem }), 429);
      }
      return sendHtml(reply, loginPage(f, { login, next, problem: f.w.login.invalid }), 401);
    }
    startSession(request, reply, result.sessionId);
    return reply.redirect(safeNext(next) ?? HOME[result.account.role], 303);
  });

  /** The session cookie gone, and the page that says so. */
  function signedOut(request: FastifyRequest, reply: FastifyReply) {
    clearCookie(request, reply, SESSION_COOKIE);
    const f = { ...frameOf(request, reply, ctx), account: null };
    return sendHtml(
      reply,
      messagePage(f, f.w.login.title, f.w.login.signedOut, ['/login', f.w.login.submit]),
    );
  }

  app.post('/logout', async (request, reply) => {
    const session = sessionOf(request);
    if (session && !formAccepted(request, ctx)) return refusal(request, reply, ctx)(403, 'form');
    if (session) await endSession(ctx.db, session.id);
    return signedOut(request, reply);
  });

  app.post('/logout-everywhere', async (request, reply) => {
    const account = accountWithRole(
      request,
      reply,
      ['operator', 'owner', 'authority'],
      refusal(request, reply, ctx),
    );
    if (!account) return reply;
    if (!formAccepted(request, ctx)) return refusal(request, reply, ctx)(403, 'form');
    await endAllSessions(ctx.db, account.id);
    return signedOut(request, reply);
  });

  app.get('/account', async (request, reply) => {
    const account = accountWithRole(
      request,
      reply,
      ['operator', 'owner', 'authority'],
      refusal(request, reply, ctx),
    );
    if (!account) return reply;
    const sessions = await countSessions(ctx.db, account.id, ctx.now());
    return sendHtml(reply, accountPage(frameOf(request, reply, ctx), { sessions }));
  });

  app.get<{ Params: { token: string } }>('/invite/:token', async (request, reply) => {
    const f = frameOf(request, reply, ctx);
    const state = await readInvite(ctx.db, request.params.token, ctx.now());
    if (!state.ok)
      return sendHtml(
        reply,
        messagePage(f, f.w.invite.title, f.w.invite.problems[state.refusal]),
        410,
      );
    const venues = await listVenues(ctx.db, state.invite.venueIds);
    return sendHtml(
      reply,
      invitePage(f, {
        invite: state.invite,
        venues,
        expires: vietnamTime(state.invite.expiresAt),
        login: state.invite.login ?? '',
      }),
    );
  });

  app.post<{ Params: { token: string } }>('/invite/:token', async (request, reply) => {
    if (!formAccepted(request, ctx)) return refusal(request, reply, ctx)(403, 'form');
    const token = request.params.token;
    const f = frameOf(request, reply, ctx);
    const state = await readInvite(ctx.db, token, ctx.now());
    if (!state.ok)
      return sendHtml(
        reply,
        messagePage(f, f.w.invite.title, f.w.invite.problems[state.refusal]),
        410,
      );
    const password = field(request.body, 'password', 400);
    const login = field(request.body, 'login', 100);
    const again = async (problem: keyof typeof f.w.invite.problems, status: number) =>
      sendHtml(
        reply,
        invitePage(f, {
          invite: state.invite,
          venues: await listVenues(ctx.db, state.invite.venueIds),
          expires: vietnamTime(state.invite.expiresAt),
          login,
          problem: f.w.invite.problems[problem],
        }),
        status,
      );
    if (password !== field(request.body, 'password2', 400)) return again('PASSWORD_MISMATCH', 400);
    const result = await acceptInvite(
      ctx.db,
      { token, login, password, presetLogin: state.invite.login },
      ctx.now(),
      ctx.scrypt,
    );
    if (!result.ok) {
      if (result.refusal.startsWith('INVITE_'))
        return sendHtml(
          reply,
          messagePage(f, f.w.invite.title, f.w.invite.problems[result.refusal]),
          410,
        );
      return again(result.refusal, result.refusal === 'LOGIN_TAKEN' ? 409 : 400);
    }
    startSession(request, reply, result.sessionId);
    return reply.redirect(HOME[result.account.role], 303);
  });
}
