// POST /api/sync/entries: a signed batch of entries from an enrolled device. The body is read
// as raw bytes (its hash is signed), authenticated, then checked entry by entry, then stored
// idempotently. The nonce is recorded in the same transaction as the entries: one commit per
// batch, and a request is either new and stored, or a replay and refused. The answer lists
// the ids now held: the kiosk's only receipt.
//
// Before storing: 507 when the disk is nearly full, 429 when the device is over its limits
// (server/http/upload-limits.ts). After: an entry the database refuses for what it holds is
// named in a 400, never a 500 (server/store/entry-faults.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { API_PATHS, checkUploadRequest, MAX_UPLOAD_BYTES } from '../../src/sync/wire';
import { authenticateDevice, AUTH_REASONS } from '../auth/device-auth';
import { addIntake, intakeOn, secondsToNextDay, utcDay } from '../store/device-intake';
import { rememberNonce, touchDevice } from '../store/device-keys';
import { EntryRefused } from '../store/entry-guard';
import { findFaultyEntry, isDataFault } from '../store/entry-faults';
import { ingestEntries } from '../store/entries-ingest';
import { securityEvent } from './security-log';
import { headerText, type ServerContext } from './server-context';

function tooMany(reply: FastifyReply, error: string, reason: string, retryAfter: number) {
  return reply
    .code(429)
    .header('retry-after', String(retryAfter))
    .send({ error, reason, retryAfter });
}

export async function uploadRoute(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  // Scoped to this plugin: elsewhere JSON bodies are parsed as usual.
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(API_PATHS.upload, async (request, reply) => {
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
    const { device, nonce } = auth;
    const space = ctx.freeSpace.read();
    if (!space.ok) {
      request.log.error(
        { freeBytes: space.freeBytes, minFreeBytes: space.minFreeBytes },
        'uploads refused: the data directory is nearly full',
      );
      return reply.code(507).send({
        error: 'INSUFFICIENT_STORAGE',
        reason: `the server's disk is nearly full (${space.freeBytes} bytes free); try again later`,
      });
    }
    const wait = ctx.rateLimiter.take(device.deviceId, now);
    if (wait > 0) {
      ctx.security(securityEvent(request, 'RATE_LIMITED', { deviceId: device.deviceId }));
      return tooMany(reply, 'RATE_LIMITED', 'too many requests from this device', wait);
    }
    const refuse = async (error: string, reason: string, id?: string) => {
      await rememberNonce(ctx.db, device.deviceId, nonce, now); // a refused request is spent too
      ctx.security(securityEvent(request, error, { deviceId: device.deviceId, detail: reason }));
      return reply.code(400).send({ error, reason, ...(id ? { id } : {}) });
    };
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse('BODY_MALFORMED', 'the body is not JSON');
    }
    const checked = checkUploadRequest(json);
    if (!checked.ok) return refuse('ENTRY_MALFORMED', checked.reason, checked.id);
    const entries = checked.value.entries;
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
    let answer;
    try {
      answer = await ctx.db.transaction(async (tx) => {
        if (!(await rememberNonce(tx, device.deviceId, nonce, now))) return null;
        const stored = await ingestEntries(tx, device, entries, now);
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
    for (const c of answer.conflicts)
      ctx.security(securityEvent(request, c.kind, { deviceId: device.deviceId, detail: c.id }));
    return answer;
  });
}
