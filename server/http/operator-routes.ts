// The operator's pages under /operator: venues (create, retention, door hook, enrollment
// code, erase), the maximum retention and a "run retention now", user accounts (invite,
// reset, disable), erasing one person anywhere, and the whole audit log. Each action goes
// through the same AdminOps as the CLI, under the operator's own name in the audit log.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../accounts/roles';
import { AdminError } from '../admin/admin-error';
import { adminOps, type AdminOps, type InviteLink } from '../admin/admin-ops';
import { doorHookUrls } from '../door-hook/door-hooks';
import { readAudit } from '../privacy/audit-log';
import { countPersonEntries, erasePerson } from '../privacy/erasure';
import { personIdentifiers } from '../privacy/person-identifiers';
import { auditPage } from '../pages/audit-page';
import { enrollmentCodePage } from '../pages/devices-page';
import { eraseConfirmPage, eraseFormPage } from '../pages/erase-pages';
import { html, type Html } from '../pages/html';
import { messagePage } from '../pages/layout';
import { eraseVenueConfirmPage, operatorPage, usersPage } from '../pages/operator-pages';
import { maxRetentionDays } from '../store/server-settings';
import { latestBundle, listTrustRoots } from '../store/trust-store';
import { getVenue, listVenues } from '../store/venues';
import { field, fieldList } from './form-body';
import { personFrom } from './owner-routes';
import { accountWithRole, formAccepted } from './page-auth';
import { frameOf, refusal, sendHtml } from './page-frame';
import type { ServerContext } from './server-context';
import type { Words } from '../pages/words-vi';

export async function operatorRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { db } = ctx;

  /** The operator and their AdminOps (audited under their login); null once refused. */
  function operator(
    request: FastifyRequest,
    reply: FastifyReply,
  ): { account: Account; ops: AdminOps } | null {
    const refuse = refusal(request, reply, ctx);
    const account = accountWithRole(request, reply, ['operator'], refuse);
    if (!account) return null;
    if (request.method === 'POST' && !formAccepted(request, ctx)) {
      refuse(403, 'form');
      return null;
    }
    const ops = adminOps({
      db,
      verifier: ctx.verifier,
      now: ctx.now,
      publicUrl: ctx.publicUrl,
      actor: account,
      dropper: ctx.dropper ?? null,
    });
    return { account, ops };
  }

  /** An AdminError in the page's language where we have the words, else its own sentence. */
  async function problemWords(e: AdminError, w: Words): Promise<string> {
    switch (e.code) {
      case 'RETENTION_INVALID':
        return w.operator.retentionInvalid(await maxRetentionDays(db));
      case 'URL_INVALID':
        return w.operator.hookInvalid;
      case 'VENUE_MISSING':
        return w.users.needVenue;
      default:
        return e.message;
    }
  }

  async function overview(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: Html | string; problem?: string } = {},
  ) {
    const [venues, owners, max, roots, bundle, hooks] = await Promise.all([
      listVenues(db),
      db.query<{ venue_id: string; login: string }>(
        'SELECT uv.venue_id, u.login FROM user_venues uv JOIN users u ON u.id = uv.user_id WHERE u.disabled_at IS NULL ORDER BY u.login',
      ),
      maxRetentionDays(db),
      listTrustRoots(db),
      latestBundle(db),
      doorHookUrls(db),
    ]);
    const f = frameOf(request, reply, ctx);
    return sendHtml(
      reply,
      operatorPage(f, {
        venues: venues.map((v) => ({
          ...v,
          hookUrl: hooks.get(v.id) ?? null,
          owners: owners.filter((o) => o.venue_id === v.id).map((o) => o.login),
        })),
        maxRetention: max,
        roots,
        bundle: bundle ? { seq: bundle.seq, publishedAt: bundle.publishedAt } : null,
        ...extra,
      }),
      extra.problem ? 400 : 200,
    );
  }

  /** Runs an operator action; an AdminError becomes the overview with its message. */
  function action<P>(
    run: (
      o: { account: Account; ops: AdminOps },
      request: FastifyRequest<{ Params: P }>,
      w: Words,
    ) => Promise<Html | string>,
  ) {
    return async (request: FastifyRequest<{ Params: P }>, reply: FastifyReply) => {
      const o = operator(request, reply);
      if (!o) return reply;
      const { w } = frameOf(request, reply, ctx);
      try {
        const notice = await run(o, request, w);
        return overview(request, reply, { notice });
      } catch (e) {
        if (!(e instanceof AdminError)) throw e;
        return overview(request, reply, { problem: await problemWords(e, w) });
      }
    };
  }

  app.get('/operator', async (request, reply) =>
    operator(request, reply) ? overview(request, reply) : reply,
  );

  app.post(
    '/operator/venues',
    action(async ({ ops }, request) => {
      const { venue } = await ops.createVenue(field(request.body, 'name', 200));
      return venue.name;
    }),
  );

  app.post<{ Params: { id: string } }>(
    '/operator/venues/:id/retention',
    action<{ id: string }>(async ({ ops }, request, w) => {
      await ops.setRetention(request.params.id, Number(field(request.body, 'days', 6)));
      return w.operator.saved;
    }),
  );

  app.post<{ Params: { id: string } }>(
    '/operator/venues/:id/hook',
    action<{ id: string }>(async ({ ops }, request, w) => {
      if (field(request.body, 'remove', 1) === '1') {
        await ops.removeDoorHook(request.params.id);
        return w.operator.saved;
      }
      const hook = await ops.setDoorHook(request.params.id, field(request.body, 'url', 600));
      return html`${w.operator.hookSecret} <code data-testid="hook-secret">${hook.secret}</code>`;
    }),
  );

  app.post<{ Params: { id: string } }>('/operator/venues/:id/codes', async (request, reply) => {
    const o = operator(request, reply);
    if (!o) return reply;
    const ticket = await o.ops.newEnrollmentCode(request.params.id).catch(() => null);
    if (!ticket) return refusal(request, reply, ctx)(404);
    return sendHtml(reply, await enrollmentCodePage(frameOf(request, reply, ctx), ticket));
  });

  app.get<{ Params: { id: string } }>('/operator/venues/:id/erase', async (request, reply) => {
    if (!operator(request, reply)) return reply;
    const venue = await getVenue(db, request.params.id);
    if (!venue) return refusal(request, reply, ctx)(404);
    const [row] = await db.query<{ n: number }>(
      'SELECT count(*) AS n FROM entries WHERE venue_id = $1',
      [venue.id],
    );
    return sendHtml(reply, eraseVenueConfirmPage(frameOf(request, reply, ctx), venue, row?.n ?? 0));
  });

  app.post<{ Params: { id: string } }>(
    '/operator/venues/:id/erase',
    action<{ id: string }>(async ({ ops }, request, w) => {
      const venue = await getVenue(db, request.params.id);
      await ops.eraseVenue(request.params.id);
      return w.operator.eraseVenueDone(venue?.name ?? '');
    }),
  );

  app.post(
    '/operator/retention',
    action(async ({ ops }, request, w) => {
      await ops.setMaxRetention(Number(field(request.body, 'days', 6)));
      return w.operator.saved;
    }),
  );

  app.post(
    '/operator/retention/run',
    action(async ({ ops }, _request, w) => {
      const { deleted } = await ops.runRetention();
      return w.operator.retentionRan(deleted);
    }),
  );

  async function users(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { invite?: InviteLink; problem?: string } = {},
  ) {
    const [list, venues] = await Promise.all([ctx.ops.listUsers(), listVenues(db)]);
    return sendHtml(
      reply,
      usersPage(frameOf(request, reply, ctx), { users: list, venues, ...extra }),
      extra.problem ? 400 : 200,
    );
  }

  app.get('/operator/users', async (request, reply) =>
    operator(request, reply) ? users(request, reply) : reply,
  );

  app.post('/operator/users/invite', async (request, reply) => {
    const o = operator(request, reply);
    if (!o) return reply;
    const minutes = Number(field(request.body, 'minutes', 5) || 30);
    const login = field(request.body, 'login', 64).trim();
    try {
      const invite = await o.ops.inviteUser({
        role: field(request.body, 'role', 20),
        venues: fieldList(request.body, 'venue'),
        ...(login ? { login } : {}),
        minutes,
      });
      return users(request, reply, { invite });
    } catch (e) {
      if (!(e instanceof AdminError)) throw e;
      return users(request, reply, {
        problem: await problemWords(e, frameOf(request, reply, ctx).w),
      });
    }
  });

  app.post<{ Params: { login: string } }>(
    '/operator/users/:login/reset',
    async (request, reply) => {
      const o = operator(request, reply);
      if (!o) return reply;
      try {
        return users(request, reply, { invite: await o.ops.resetUser(request.params.login) });
      } catch (e) {
        if (!(e instanceof AdminError)) throw e;
        return users(request, reply, { problem: e.message });
      }
    },
  );

  app.post<{ Params: { login: string } }>(
    '/operator/users/:login/disable',
    async (request, reply) => {
      const o = operator(request, reply);
      if (!o) return reply;
      if (o.account.login === request.params.login)
        return users(request, reply, { problem: frameOf(request, reply, ctx).w.users.notSelf });
      await o.ops.disableUser(request.params.login).catch((e: unknown) => {
        if (!(e instanceof AdminError)) throw e;
      });
      return reply.redirect('/operator/users', 303);
    },
  );

  app.get('/operator/audit', async (request, reply) => {
    if (!operator(request, reply)) return reply;
    const [rows, venues] = await Promise.all([readAudit(db, {}), listVenues(db)]);
    const names = new Map(venues.map((v) => [v.id, v.name]));
    return sendHtml(reply, auditPage(frameOf(request, reply, ctx), rows, names));
  });

  app.get('/operator/erase', async (request, reply) => {
    if (!operator(request, reply)) return reply;
    return sendHtml(reply, eraseFormPage(frameOf(request, reply, ctx), '/operator/erase', {}));
  });

  app.post<{ Querystring: { confirm?: string } }>('/operator/erase', async (request, reply) => {
    const o = operator(request, reply);
    if (!o) return reply;
    const f = frameOf(request, reply, ctx);
    const q = personFrom(request.body);
    const person = personIdentifiers(q);
    if (!person.ok)
      return sendHtml(
        reply,
        eraseFormPage(f, '/operator/erase', q, f.w.person.problems[person.problem]),
        400,
      );
    if (request.query.confirm !== '1') {
      const found = await countPersonEntries(db, person.value.passIds, null);
      return sendHtml(reply, eraseConfirmPage(f, '/operator/erase?confirm=1', q, found));
    }
    const done = await erasePerson(db, o.account, person.value, null, ctx.now());
    return sendHtml(reply, messagePage(f, f.w.erase.title, f.w.erase.done(done.erased)));
  });
}
