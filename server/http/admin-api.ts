// The operator's admin HTTP API under /api/admin, behind the admin token (Authorization:
// Bearer …; the only thing the token opens). A thin mapping onto AdminOps, used by the CLI
// while the server runs (PGlite allows one process) and by scripts.
import type { FastifyInstance } from 'fastify';
import { AdminError } from '../admin/admin-error';
import { bearerToken, sameSecret } from '../auth/admin-auth';
import { securityEvent } from './security-log';
import { headerText, type ServerContext } from './server-context';

export const ADMIN_API = '/api/admin';

const text = (v: unknown, field: string): string => {
  if (typeof v !== 'string') throw new AdminError('BODY_MALFORMED', `${field}: missing`);
  return v;
};

export async function adminApi(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { ops } = ctx;
  app.addHook('onRequest', async (request, reply) => {
    if (sameSecret(bearerToken(headerText(request.headers.authorization)), ctx.adminToken)) return;
    ctx.security(securityEvent(request, 'ADMIN_TOKEN_INVALID'));
    return reply.code(401).send({
      error: 'ADMIN_TOKEN_INVALID',
      reason: 'a valid admin token is needed (Authorization: Bearer …)',
    });
  });

  const body = (b: unknown) =>
    typeof b === 'object' && b !== null ? (b as Record<string, unknown>) : {};

  app.get(`${ADMIN_API}/venues`, async () => ({ venues: await ops.listVenues() }));
  app.post(`${ADMIN_API}/venues`, async (request) =>
    ops.createVenue(text(body(request.body).name, 'name')),
  );
  app.post<{ Params: { venue: string } }>(`${ADMIN_API}/venues/:venue/codes`, async (request) => ({
    enrollment: await ops.newEnrollmentCode(request.params.venue),
  }));
  app.get<{ Params: { venue: string } }>(`${ADMIN_API}/venues/:venue/devices`, async (request) => ({
    devices: await ops.listDevices(request.params.venue),
  }));
  app.post<{ Params: { id: string } }>(`${ADMIN_API}/devices/:id/revoke`, async (request) => ({
    revoked: await ops.revokeDevice(request.params.id),
  }));
  app.get<{ Params: { code: string } }>(`${ADMIN_API}/codes/:code`, async (request) => ({
    state: await ops.enrollmentCodeState(request.params.code),
  }));
  app.get(`${ADMIN_API}/roots`, async () => ({ roots: await ops.listRoots() }));
  app.post(`${ADMIN_API}/roots`, async (request) => {
    const b = body(request.body);
    return ops.addRoot(text(b.publicKey, 'publicKey'), typeof b.label === 'string' ? b.label : '');
  });
  // A consistent copy of an embedded database while the server runs (`kiosk backup`); a
  // PostgreSQL deployment backs up with pg_dump instead.
  app.get(`${ADMIN_API}/backup`, async (_request, reply) => {
    if (!ctx.db.dump)
      throw new AdminError('BACKUP_ELSEWHERE', 'PostgreSQL is backed up with pg_dump', 409);
    return reply.type('application/gzip').send(await ctx.db.dump());
  });
  const num = (v: unknown, field: string): number => {
    if (typeof v !== 'number') throw new AdminError('BODY_MALFORMED', `${field}: not a number`);
    return v;
  };
  app.post(`${ADMIN_API}/invites`, async (request) => {
    const b = body(request.body);
    const venues = Array.isArray(b.venues) ? b.venues.filter((v) => typeof v === 'string') : [];
    return ops.inviteUser({
      role: text(b.role, 'role'),
      venues,
      ...(typeof b.login === 'string' ? { login: b.login } : {}),
      ...(typeof b.minutes === 'number' ? { minutes: b.minutes } : {}),
    });
  });
  app.get(`${ADMIN_API}/users`, async () => ({ users: await ops.listUsers() }));
  app.post<{ Params: { login: string } }>(`${ADMIN_API}/users/:login/reset`, async (request) => {
    const minutes = body(request.body).minutes;
    return ops.resetUser(request.params.login, typeof minutes === 'number' ? minutes : undefined);
  });
  app.post<{ Params: { login: string } }>(`${ADMIN_API}/users/:login/disable`, async (request) => ({
    disabled: await ops.disableUser(request.params.login),
  }));
  app.post<{ Params: { venue: string } }>(`${ADMIN_API}/venues/:venue/retention`, async (request) =>
    ops.setRetention(request.params.venue, num(body(request.body).days, 'days')),
  );
  app.post(`${ADMIN_API}/retention/max`, async (request) =>
    ops.setMaxRetention(num(body(request.body).days, 'days')),
  );
  app.post(`${ADMIN_API}/retention/run`, async () => ops.runRetention());
  app.post<{ Params: { venue: string } }>(`${ADMIN_API}/venues/:venue/hook`, async (request) =>
    ops.setDoorHook(request.params.venue, text(body(request.body).url, 'url')),
  );
  app.post<{ Params: { venue: string } }>(
    `${ADMIN_API}/venues/:venue/hook/remove`,
    async (request) => ({
      removed: await ops.removeDoorHook(request.params.venue),
    }),
  );
  app.post<{ Params: { venue: string } }>(`${ADMIN_API}/venues/:venue/erase`, async (request) =>
    ops.eraseVenue(request.params.venue),
  );
  // The body is the bundle envelope itself, exactly as `kiosk bundle` wrote it.
  app.post(`${ADMIN_API}/bundles`, { bodyLimit: 1024 * 1024 }, async (request) =>
    ops.publishBundle(JSON.stringify(request.body)),
  );
  app.get(`${ADMIN_API}/bundles/uptake`, async () => ({ uptake: await ops.bundleUptake() }));
}
