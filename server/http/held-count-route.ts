// POST /api/sync/held-count: a signed request from an enrolled kiosk asking how many entries
// the server holds for a device of its own venue (a kiosk set up again after a wipe asks about
// the device it was). Another venue's device, or none, is DEVICE_UNKNOWN: no count leaks.
import type { FastifyInstance } from 'fastify';
import { checkHeldCountRequest, HELD_COUNT_PATH } from '../../src/sync/wire';
import { authenticateDevice, AUTH_REASONS } from '../auth/device-auth';
import { rememberNonce } from '../store/device-keys';
import { deviceEntryCount } from '../store/device-entry-count';
import { securityEvent } from './security-log';
import { headerText, type ServerContext } from './server-context';

const MAX_BODY_BYTES = 1024;

export async function heldCountRoute(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  // The body's bytes are signed: read them as they came.
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(HELD_COUNT_PATH, async (request, reply) => {
    const now = ctx.now();
    const body = request.body instanceof Buffer ? request.body : Buffer.alloc(0);
    const auth = await authenticateDevice(
      {
        method: request.method,
        url: request.url,
        header: (name) => headerText(request.headers[name]),
        body,
      },
      { db: ctx.db, verifier: ctx.verifier, now },
    );
    if (!auth.ok) {
      ctx.security(securityEvent(request, auth.refusal, { deviceId: auth.deviceId }));
      return reply
        .code(401)
        .send({ error: auth.refusal, reason: AUTH_REASONS[auth.refusal], serverTime: now });
    }
    if (!(await rememberNonce(ctx.db, auth.device.deviceId, auth.nonce, now))) {
      ctx.security(securityEvent(request, 'REPLAY', { deviceId: auth.device.deviceId }));
      return reply
        .code(401)
        .send({ error: 'REPLAY', reason: AUTH_REASONS.REPLAY, serverTime: now });
    }
    let json: unknown = null;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      // refused below
    }
    const asked = checkHeldCountRequest(json);
    if (!asked.ok)
      return reply.code(400).send({ error: 'BODY_MALFORMED', reason: `${asked.reason}: missing` });
    const count = await deviceEntryCount(ctx.db, auth.device.venueId, asked.value.deviceId);
    if (!count)
      return reply
        .code(404)
        .send({ error: 'DEVICE_UNKNOWN', reason: 'no such device in this venue' });
    return { deviceId: asked.value.deviceId, ...count };
  });
}
