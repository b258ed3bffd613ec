// What each page handler starts from: the language, the words, the signed-in account and the
// CSRF token for its forms (before sign-in, keyed by a random form cookie set here), and the
// plain refusal pages (401, 403, 404, a stale form).
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FORM_COOKIE, readCookie, setCookie } from '../auth/cookies';
import { csrfToken } from '../auth/csrf';
import { pageLang, WORDS } from '../pages/i18n';
import { messagePage, type Frame } from '../pages/layout';
import { formToken, sessionOf } from './page-auth';
import type { ServerContext } from './server-context';

export function frameOf(request: FastifyRequest, reply: FastifyReply, ctx: ServerContext): Frame {
  const lang = pageLang(request, reply);
  let csrf = formToken(request);
  if (!csrf) {
    // A form shown before sign-in (login, invite): its token is keyed by a new form cookie.
    const key = readCookie(request, FORM_COOKIE) ?? randomBytes(24).toString('base64url');
    if (!readCookie(request, FORM_COOKIE)) setCookie(request, reply, FORM_COOKIE, key, 60 * 60);
    csrf = csrfToken(key);
  }
  return {
    lang,
    w: WORDS[lang],
    account: sessionOf(request)?.account ?? null,
    csrf,
    url: request.url,
    now: ctx.now(),
  };
}

export function sendHtml(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

/** Sends a refusal page; `why` picks the sentence. */
export function refusal(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: ServerContext,
): (status: 400 | 401 | 403 | 404, why?: 'form') => FastifyReply {
  return (status, why) => {
    const f = frameOf(request, reply, ctx);
    const r = f.w.refused;
    const text =
      why === 'form'
        ? r.form
        : status === 401
          ? r.signedOut
          : status === 404
            ? r.notFound
            : r.forbidden;
    const home = status === 401 ? ['/login', f.w.login.title] : ['/', r.back];
    return sendHtml(reply, messagePage(f, r.title, text, home as [string, string]), status);
  };
}
