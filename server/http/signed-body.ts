// What every signed kiosk route shares: the body read as raw bytes (its hash is signed), the
// request authenticated (auth/device-auth.ts), and a refusal logged and answered 401 with the
// server's clock. Register inside the route's own plugin: the byte parser is scoped to it.
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

/** The device and nonce of a well-signed request, or null once the refusal is sent. */
export async function signedDevice(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: ServerContext,
  now: number,
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
  if (auth.ok) return { device: auth.device, nonce: auth.nonce };
  ctx.security(securityEvent(request, auth.refusal, { deviceId: auth.deviceId }));
  await reply
    .code(401)
    .send({ error: auth.refusal, reason: AUTH_REASONS[auth.refusal], serverTime: now });
  return null;
}
