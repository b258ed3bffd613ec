// Whether a code's identity is unverified: it claims a signature (a signed personal QR, a
// DCC) that could not be checked against the trust bundle, because the signer is unknown, its
// key is revoked or out of its validity, the signature does not match, or no bundle is held.
// Such a name is only what the code says, not what an issuer vouched for: the verdict says
// "Mã không xác thực được" and shows the name small and marked, never under "có chữ ký".
// Codes without a signature (the apps of 2021, ID cards) are identity only and say so already;
// a verified signature whose pass is revoked or expired still names its holder.
import type { CheckResult, ReasonCode } from '../core';

const SIGNATURE_NOT_CHECKED: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'KEY_UNKNOWN',
  'KEY_REVOKED',
  'KEY_NOT_VALID',
  'SIG_INVALID',
  'BUNDLE_MISSING',
]);

export function identityUnverified(result: Pick<CheckResult, 'format' | 'reasons'>): boolean {
  return (
    (result.format === 'pqr-signed' || result.format === 'dcc') &&
    result.reasons.some((r) => SIGNATURE_NOT_CHECKED.has(r))
  );
}
