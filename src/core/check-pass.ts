// Steps 2–4 of personal-qr.md §5 (and eu-dcc.md §2–3) for a signed code: signer key,
// signature, pass validity, then colour. One order of checks for every proof; only finding the
// signer and checking its signature differ between an Ed25519 issuer and a DCC signer.
import { healthColor } from './colour-rules';
import { verifyDccSignature } from './dcc-signature';
import { passHashOf } from './digest';
import type { HealthFacts, Proof } from './formats/facts';
import { MINUTE_MS } from './times';
import type { TrustBundle } from './trust-bundle';
import type { FailureReason } from './types';
import type { VerifyContext } from './verify-context';
import type { Finding } from './verdict';

/** Tolerance for an issuer clock slightly ahead of the kiosk's. */
const ISSUED_AT_SKEW_MS = 5 * MINUTE_MS;

interface Signer {
  validFrom: number;
  validUntil: number;
  /** False when the signer may not sign this kind of pass (a DCC signer's usage). */
  mayVouch: boolean;
  verify(): Promise<boolean>;
}

function signerFor(proof: Proof, bundle: TrustBundle, ctx: VerifyContext): Signer | null {
  if (proof.scheme === 'ed25519') {
    const issuer = bundle.issuers.find((i) => i.kid === proof.kid);
    return issuer
      ? {
          ...issuer,
          mayVouch: true,
          verify: () => ctx.verifier.verify(issuer.publicKey, proof.signature, proof.signedBytes),
        }
      : null;
  }
  const signer = bundle.dccSigners.find((s) => s.kid === proof.kid);
  return signer
    ? {
        ...signer,
        mayVouch: !signer.usage || signer.usage.has(proof.certificateType),
        verify: () =>
          verifyDccSignature(signer.spki, proof.alg, proof.signature, proof.signedBytes),
      }
    : null;
}

/** The pass hashes a revocation may list, the one to report first. */
export function passHashesOf(proof: Proof): string[] {
  return proof.scheme === 'ed25519' ? [passHashOf(proof.signedBytes)] : proof.passHashes;
}

export async function checkSignedPass(
  proof: Proof,
  health: HealthFacts,
  ctx: VerifyContext,
): Promise<{ finding: Finding; passHash: string | null }> {
  const hashes = passHashesOf(proof);
  const passHash = hashes[0] ?? null;
  const fail = (reason: FailureReason) => ({
    finding: { kind: 'failure', reason } as Finding,
    passHash,
  });
  const { bundle, now } = ctx;
  if (!bundle) return { finding: { kind: 'no-bundle' }, passHash };

  const signer = signerFor(proof, bundle, ctx);
  if (!signer) return fail('KEY_UNKNOWN');
  if (bundle.revokedKids.has(proof.kid)) return fail('KEY_REVOKED');
  if (!(await signer.verify())) return fail('SIG_INVALID');
  if (proof.issuedAt < signer.validFrom || proof.issuedAt >= signer.validUntil)
    return fail('KEY_NOT_VALID');
  if (!signer.mayVouch) return fail('KEY_NOT_VALID');

  if (hashes.some((h) => bundle.revokedPasses.has(h))) return fail('PASS_REVOKED');
  if (proof.expiresAt !== null && now >= proof.expiresAt) return fail('PASS_EXPIRED');
  if (proof.issuedAt > now + ISSUED_AT_SKEW_MS) return fail('PASS_NOT_YET_VALID');

  const { color, reason } = healthColor(health, bundle.rules, now);
  return { finding: { kind: 'colored', color, reason }, passHash };
}
