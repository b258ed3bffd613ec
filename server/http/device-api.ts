// Signed kiosk requests beside the upload (src/sync/wire/device-reports.ts): the venue's
// pseudonym secret for a kiosk enrolled before the enrollment answer carried it, the kiosk's
// status report for the owner page, and the venue-wide number of people inside. Each nonce
// is spent like an upload's, so none of them can be replayed; each counts against the device's
// rate limit like an upload (429), and a status report is refused when the disk is short (507).
import type { FastifyInstance } from 'fastify';
import {
  checkDeviceStatusReport,
  DEVICE_PATHS,
  type OccupancyResponse,
  type VenueSecretResponse,
} from '../../src/sync/wire';
import { AUTH_REASONS } from '../auth/device-auth';
import { secretText, venueSecret } from '../privacy/venue-secrets';
import { rememberNonce } from '../store/device-keys';
import { saveDeviceStatus } from '../store/device-status';
import { cachedOccupancy } from '../store/occupancy';
import { securityEvent } from './security-log';
import { parseBodiesAsBytes, bodyBytes, signedDevice, type SignedRoute } from './signed-body';
import type { ServerContext } from './server-context';

const SMALL_BODY = 4 * 1024;

export async function deviceApi(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  parseBodiesAsBytes(app, SMALL_BODY);

  /** Authenticates, spends the nonce, parses the JSON body; null once a refusal is sent. */
  async function accept(
    request: Parameters<typeof signedDevice>[0],
    reply: Parameters<typeof signedDevice>[1],
    route: SignedRoute,
  ) {
    const now = ctx.now();
    const signed = await signedDevice(request, reply, ctx, now, route);
    if (!signed) return null;
    const { device, nonce } = signed;
    if (!(await rememberNonce(ctx.db, device.deviceId, nonce, now))) {
      ctx.security(securityEvent(request, 'REPLAY', { deviceId: device.deviceId }));
      await reply.code(401).send({ error: 'REPLAY', reason: AUTH_REASONS.REPLAY, serverTime: now });
      return null;
    }
    let json: unknown;
    try {
      json = JSON.parse(bodyBytes(request).toString('utf8') || '{}');
    } catch {
      await reply.code(400).send({ error: 'BODY_MALFORMED', reason: 'the body is not JSON' });
      return null;
    }
    return { device, now, json };
  }

  app.post(DEVICE_PATHS.venueSecret, async (request, reply) => {
    const ok = await accept(request, reply, { stores: false });
    if (!ok) return reply;
    const secret = await venueSecret(ctx.db, ok.device.venueId, ok.now);
    const answer: VenueSecretResponse = {
      venueId: ok.device.venueId,
      venueSecret: secretText(secret),
    };
    return reply.header('cache-control', 'no-store').send(answer);
  });

  app.post(DEVICE_PATHS.status, async (request, reply) => {
    const ok = await accept(request, reply, { stores: true });
    if (!ok) return reply;
    const checked = checkDeviceStatusReport(ok.json);
    if (!checked.ok) {
      ctx.security(
        securityEvent(request, 'STATUS_MALFORMED', {
          deviceId: ok.device.deviceId,
          detail: checked.reason,
        }),
      );
      return reply.code(400).send({ error: 'STATUS_MALFORMED', reason: checked.reason });
    }
    await saveDeviceStatus(ctx.db, ok.device.deviceId, checked.value, ok.now);
    return { ok: true };
  });

  app.post(DEVICE_PATHS.occupancy, async (request, reply) => {
    const ok = await accept(request, reply, { stores: false });
    if (!ok) return reply;
    const figure = await cachedOccupancy(ctx.db, ok.device.venueId, ok.now);
    const answer: OccupancyResponse = { venueId: ok.device.venueId, ...figure };
    return reply.header('cache-control', 'no-store').send(answer);
  });
}
