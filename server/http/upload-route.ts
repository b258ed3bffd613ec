// POST /api/sync/entries: a signed batch of entries from an enrolled device. The body is read
// as raw bytes (its hash is signed), authenticated, then checked entry by entry, then stored
// idempotently. The nonce is recorded in the same transaction as the entries: one commit per
// batch, and a request is either new and stored, or a replay and refused. The answer lists
// the ids now held: the kiosk's only receipt.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, checkUploadRequest, MAX_UPLOAD_BYTES } from '../../src/sync/wire';
import { authenticateDevice, AUTH_REASONS } from '../auth/device-auth';
import { rememberNonce, touchDevice } from '../store/device-keys';
import { ingestEntries } from '../store/entries-ingest';
import { securityEvent } from './security-log';
import { headerText, type ServerContext } from './server-context';

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
    const answer = await ctx.db.transaction(async (tx) => {
      if (!(await rememberNonce(tx, device.deviceId, nonce, now))) return null;
      const stored = await ingestEntries(tx, device, checked.value.entries, now);
      await touchDevice(tx, device.deviceId, now);
      return stored;
    });
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
