// POST /api/sync/entries: a signed batch of entries from an enrolled device. The body is read
// as raw bytes (its hash is signed), authenticated, then checked entry by entry, then stored
// idempotently. Raw pass identities from kiosks older than pseudonyms are keyed with the
// venue's secret first, so none is ever stored. The nonce is recorded in the same transaction
// as the entries (and their door-hook jobs): one commit per batch, and a request is either
// new and stored, or a replay and refused. The answer lists the ids now held: the kiosk's
// only receipt.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, checkUploadRequest } from '../../src/sync/wire';
import { AUTH_REASONS } from '../auth/device-auth';
import { enqueueDoorHooks } from '../door-hook/hook-jobs';
import { pseudonymiseEntries } from '../privacy/pseudonymise';
import { venueSecret } from '../privacy/venue-secrets';
import { rememberNonce, touchDevice } from '../store/device-keys';
import { ingestEntries } from '../store/entries-ingest';
import { securityEvent } from './security-log';
import type { ServerContext } from './server-context';
import { bodyBytes, parseBodiesAsBytes, signedDevice } from './signed-body';

export async function uploadRoute(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  // Scoped to this plugin: elsewhere JSON bodies are parsed as usual.
  parseBodiesAsBytes(app);

  app.post(API_PATHS.upload, async (request, reply) => {
    const now = ctx.now();
    const signed = await signedDevice(request, reply, ctx, now);
    if (!signed) return reply;
    const { device, nonce } = signed;
    const refuse = async (error: string, reason: string, id?: string) => {
      await rememberNonce(ctx.db, device.deviceId, nonce, now); // a refused request is spent too
      ctx.security(securityEvent(request, error, { deviceId: device.deviceId, detail: reason }));
      return reply.code(400).send({ error, reason, ...(id ? { id } : {}) });
    };
    let json: unknown;
    try {
      json = JSON.parse(bodyBytes(request).toString('utf8'));
    } catch {
      return refuse('BODY_MALFORMED', 'the body is not JSON');
    }
    const checked = checkUploadRequest(json);
    if (!checked.ok) return refuse('ENTRY_MALFORMED', checked.reason, checked.id);
    const secret = await venueSecret(ctx.db, device.venueId, now);
    const entries = pseudonymiseEntries(secret, checked.value.entries);
    let hooks = 0;
    const answer = await ctx.db.transaction(async (tx) => {
      if (!(await rememberNonce(tx, device.deviceId, nonce, now))) return null;
      const stored = await ingestEntries(tx, device, entries, now);
      const held = new Set(stored.held);
      hooks = await enqueueDoorHooks(
        tx,
        device,
        entries.filter((e) => held.has(e.id)),
        now,
      );
      await touchDevice(tx, device.deviceId, now);
      return stored;
    });
    if (!answer) {
      ctx.security(securityEvent(request, 'REPLAY', { deviceId: device.deviceId }));
      return reply
        .code(401)
        .send({ error: 'REPLAY', reason: AUTH_REASONS.REPLAY, serverTime: now });
    }
    if (hooks > 0) ctx.hooks?.kick();
    for (const c of answer.conflicts)
      ctx.security(securityEvent(request, c.kind, { deviceId: device.deviceId, detail: c.id }));
    return answer;
  });
}
