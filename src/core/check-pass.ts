// Steps 2–4 of spec §5 for a signed code: issuer key, signature, pass validity, then colour.
import { healthColor } from './colour-rules';
import { passHashOf } from './digest';
import type { Ed25519Proof, HealthFacts } from './formats/facts';
import { MINUTE_MS } from './times';
import type { VerifyContext } from './verify-context';
import type { Finding } from './verdict';

/** Tolerance for an issuer clock slightly ahead of the kiosk's. */
const ISSUED_AT_SKEW_MS = 5 * MINUTE_MS;

export async function checkSignedPass(
  proof: Ed25519Proof,
  health: HealthFacts,
  ctx: VerifyContext,
): Promise<{ finding: Finding; passHash: string | null }> {
  const passHash = passHashOf(proof.signedBytes);
  const fail = (reason: Extract<Finding, { kind: 'failure' }>['reason']) => ({
    finding: { kind: 'failure', reason } as Finding,
    passHash,
  });
  const { bundle, now } = ctx;
  if (!bundle) return { finding: { kind: 'no-bundle' }, passHash };

  const issuer = bundle.issuers.find((i) => i.kid === proof.kid);
  if (!issuer) return fail('KEY_UNKNOWN');
  if (bundle.revokedKids.has(proof.kid)) return fail('KEY_REVOKED');
  if (!(await ctx.verifier.verify(issuer.publicKey, proof.signature, proof.signedBytes))) {
    return fail('SIG_INVALID');
  }
  if (proof.issuedAt < issuer.validFrom || proof.issuedAt >= issuer.validUntil)
    return fail('KEY_NOT_VALID');

  if (bundle.revokedPasses.has(passHash)) return fail('PASS_REVOKED');
  if (proof.expiresAt !== null && now >= proof.expiresAt) return fail('PASS_EXPIRED');
  if (proof.issuedAt > now + ISSUED_AT_SKEW_MS) return fail('PASS_NOT_YET_VALID');

  const { color, reason } = healthColor(health, bundle.rules, now);
  return { finding: { kind: 'colored', color, reason }, passHash };
}
