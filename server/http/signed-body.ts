// What every signed kiosk route shares: the body read as raw bytes (its hash is signed), the
// request authenticated (auth/device-auth.ts), and a refusal logged and answered 401 with the
// server's clock. Then the device's limits, on every signed route alike: its token bucket
// (429 RATE_LIMITED with Retry-After, server/http/upload-limits.ts) and, for a route that
// stores what it is sent, the free-space guard (507). Register inside the route's own
// plugin: the byte parser is scoped to it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_UPLOAD_BYTES } from '../../src/sync/wire';
import { authenticateDevice, AUTH_REASONS } from '../auth/device-auth';
import type { DeviceKeyRow } from '../store/device-keys';
import { securityEvent } from './security-log';
import { headerText, type ServerContext } from './server-context';

export function parseBodiesAsBytes(app: FastifyInstance, limit = MAX_UPLOAD_BYTES): void {
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: limit },
    (_request, body, done) => done(null, body),
  );
}

export const bodyBytes = (request: FastifyRequest): Buffer =>
  request.body instanceof Buffer ? request.body : Buffer.alloc(0);

/** 429 with Retry-After (seconds) in the header and the body: the kiosk waits that long. */
export function tooMany(reply: FastifyReply, error: string, reason: string, retryAfter: number) {
  return reply
    .code(429)
    .header('retry-after', String(retryAfter))
    .send({ error, reason, retryAfter });
}

export interface SignedRoute {
  /** The route stores what it is sent (entries, a status report): refused when disk is short. */
  stores: boolean;
}

/** The device and nonce of a well-signed request within its limits, or null once refused. */
export async function signedDevice(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: ServerContext,
  now: number,
  route: SignedRoute,
): Promise<{ device: DeviceKeyRow; nonce: string } | null> {
  const auth = await authenticateDevice(
    {
      method: request.method,
      url: request.url,
      header: (name) => headerText(request.headers[name]),
      body: bodyBytes(request),
    },
    { db: ctx.db, verifier: ctx.verifier, now },
  );
  if (!auth.ok) {
    ctx.security(securityEvent(request, auth.refusal, { deviceId: auth.deviceId }));
    await reply
      .code(401)
      .send({ error: auth.refusal, reason: AUTH_REASONS[auth.refusal], serverTime: now });
    return null;
  }
  const { device, nonce } = auth;
  if (route.stores) {
    const space = ctx.freeSpace.read();
    if (!space.ok) {
      request.log.error(
        { freeBytes: space.freeBytes, minFreeBytes: space.minFreeBytes },
        'uploads refused: the data directory is nearly full',
      );
      await reply.code(507).send({
        error: 'INSUFFICIENT_STORAGE',
        reason: `the server's disk is nearly full (${space.freeBytes} bytes free); try again later`,
      });
      return null;
    }
  }
  const wait = ctx.rateLimiter.take(device.deviceId, now);
  if (wait > 0) {
    ctx.security(securityEvent(request, 'RATE_LIMITED', { deviceId: device.deviceId }));
    await tooMany(reply, 'RATE_LIMITED', 'too many requests from this device', wait);
    return null;
  }
  return { device, nonce };
}
