// POST /api/enroll: a new kiosk trades a one-time code for its device id, the venue, the roots
// to pin and the current bundle. It must prove it holds the private key it enrolls.
import type { FastifyInstance } from 'fastify';
import { decodeB64uExact } from '../../src/core';
import {
  API_PATHS,
  checkEnrollRequest,
  enrollmentProofBytes,
  normaliseEnrollmentCode,
  type EnrollResponse,
} from '../../src/sync/wire';
import { secretText, venueSecret } from '../privacy/venue-secrets';
import { enrollWithCode, type EnrollRefusal } from '../store/enrollment';
import { latestBundle, listTrustRoots } from '../store/trust-store';
import { securityEvent } from './security-log';
import type { ServerContext } from './server-context';

const REFUSALS: Record<EnrollRefusal, [number, string]> = {
  CODE_UNKNOWN: [404, 'no such enrollment code'],
  CODE_USED: [409, 'this enrollment code was used already'],
  CODE_EXPIRED: [410, 'this enrollment code has expired'],
  KEY_IN_USE: [409, 'this device key is enrolled already'],
};

export async function enrollRoute(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.post(API_PATHS.enroll, { bodyLimit: 8 * 1024 }, async (request, reply) => {
    const refuse = (status: number, error: string, reason: string) => {
      ctx.security(securityEvent(request, error, { detail: reason }));
      return reply.code(status).send({ error, reason });
    };
    const checked = checkEnrollRequest(request.body);
    if (!checked.ok) return refuse(400, 'ENROLL_MALFORMED', checked.reason);
    const { publicKey, proof, label = '' } = checked.value;
    const code = normaliseEnrollmentCode(checked.value.code);
    if (!code) return refuse(400, 'CODE_MALFORMED', 'an enrollment code is 10 characters');
    const key = decodeB64uExact(publicKey, 32);
    const signature = decodeB64uExact(proof, 64);
    if (
      !key ||
      !signature ||
      !(await ctx.verifier.verify(key, signature, enrollmentProofBytes(code, publicKey)))
    ) {
      return refuse(400, 'PROOF_INVALID', 'the proof does not verify with the key being enrolled');
    }
    const result = await enrollWithCode(
      ctx.db,
      { code, publicKey, label: label.trim() },
      ctx.now(),
    );
    if (!result.ok) {
      const [status, reason] = REFUSALS[result.refusal];
      return refuse(status, result.refusal, reason);
    }
    const [roots, bundle, secret] = await Promise.all([
      listTrustRoots(ctx.db),
      latestBundle(ctx.db),
      venueSecret(ctx.db, result.device.venueId, ctx.now()),
    ]);
    const answer: EnrollResponse = {
      ...result.device,
      roots: roots.map((r) => r.publicKey),
      bundle: bundle?.envelope ?? null,
      venueSecret: secretText(secret),
    };
    request.log.info({ deviceId: answer.deviceId, venueId: answer.venueId }, 'device enrolled');
    return answer;
  });
}
