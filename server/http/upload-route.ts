// POST /api/sync/entries: a signed batch of entries from an enrolled device. The body is read
// as raw bytes (its hash is signed), authenticated, then checked entry by entry, then stored
// idempotently. Raw pass identities from kiosks older than pseudonyms are keyed with the
// venue's secret first, so none is ever stored (and a re-sent copy of an entry the re-key step
// already keyed is the same entry). The nonce is recorded in the same transaction as the
// entries (and their door-hook jobs): one commit per batch, and a request is either new and
// stored, or a replay and refused. The answer lists the ids now held: the kiosk's only receipt.
//
// Before storing: 507 when the disk is nearly full, 429 when the device is over its limits
// (server/http/signed-body.ts, upload-limits.ts). After: an entry the database refuses for what
// it holds is named in a 400, never a 500 (server/store/entry-faults.ts).
import type { FastifyInstance } from 'fastify';
import { API_PATHS, checkUploadRequest } from '../../src/sync/wire';
import { AUTH_REASONS } from '../auth/device-auth';
import { enqueueDoorHooks } from '../door-hook/hook-jobs';
import { pseudonymiseEntries } from '../privacy/pseudonymise';
import { venueSecret } from '../privacy/venue-secrets';
import { addIntake, intakeOn, secondsToNextDay, utcDay } from '../store/device-intake';
import { rememberNonce, touchDevice } from '../store/device-keys';
import { EntryRefused } from '../store/entry-guard';
import { findFaultyEntry, isDataFault } from '../store/entry-faults';
import { ingestEntries } from '../store/entries-ingest';
import { securityEvent } from './security-log';
import type { ServerContext } from './server-context';
import { bodyBytes, parseBodiesAsBytes, signedDevice, tooMany } from './signed-body';

export async function uploadRoute(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  // Scoped to this plugin: elsewhere JSON bodies are parsed as usual.
  parseBodiesAsBytes(app);

  app.post(API_PATHS.upload, async (request, reply) => {
    const now = ctx.now();
    const signed = await signedDevice(request, reply, ctx, now, { stores: true });
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
    const day = utcDay(now);
    if ((await intakeOn(ctx.db, device.deviceId, day)) >= ctx.limits.entriesPerDay) {
      ctx.security(securityEvent(request, 'DAILY_QUOTA', { deviceId: device.deviceId }));
      return tooMany(
        reply,
        'DAILY_QUOTA',
        `this device has uploaded ${ctx.limits.entriesPerDay} entries today (UTC), the most a day allows`,
        secondsToNextDay(now),
      );
    }
    const secret = await venueSecret(ctx.db, device.venueId, now);
    const entries = pseudonymiseEntries(secret, checked.value.entries);
    let hooks = 0;
    let answer;
    try {
      answer = await ctx.db.transaction(async (tx) => {
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
        await addIntake(tx, device.deviceId, day, stored.inserted);
        return stored;
      });
    } catch (e) {
      const refused =
        e instanceof EntryRefused
          ? e
          : isDataFault(e)
            ? await findFaultyEntry(ctx.db, device, entries, now)
            : null;
      if (!refused) throw e;
      return refuse('ENTRY_MALFORMED', refused.message, refused.id);
    }
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
