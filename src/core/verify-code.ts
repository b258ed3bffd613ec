// Verifying one scanned text (personal-qr.md §5, eu-dcc.md): read it with its format adapter,
// check the proof against the held bundle, colour it, and decide. Never throws, whatever the text.
import { checkSignedPass } from './check-pass';
import { readCodeLazily } from './formats/read-code-lazily';
import type { CodeReading, IdentityFacts, Proof } from './formats/facts';
import { displayText, maskId } from './text';
import type { CheckResult, Holder } from './types';
import { decide, type Finding } from './verdict';
import type { VerifyContext } from './verify-context';

export type { VerifyContext };

/** Years a living holder can have been born in; anything else read from a code is noise. */
const BIRTH_YEARS = { min: 1900, max: 2100 };

function holderOf(identity: IdentityFacts | null): Holder | null {
  if (!identity) return null;
  const year = identity.birthYear;
  return {
    name: displayText(identity.name),
    birthYear: year !== null && year >= BIRTH_YEARS.min && year <= BIRTH_YEARS.max ? year : null,
    maskedId: maskId(identity.documentNumber),
  };
}

/** A key id fit to log: an Ed25519 kid, or a DCC kid of the 8 bytes a signer can have. */
const KID = /^[A-Za-z0-9_-]{11}$/;
function loggedKid(proof: Proof | null): string | null {
  return proof && KID.test(proof.kid) ? proof.kid : null;
}

async function findingFor(
  reading: CodeReading,
  ctx: VerifyContext,
): Promise<{ finding: Finding; passHash: string | null }> {
  if (reading.kind === 'unknown')
    return { finding: { kind: 'failure', reason: 'FORMAT_UNKNOWN' }, passHash: null };
  if (reading.kind === 'malformed') {
    return { finding: { kind: 'failure', reason: 'FORMAT_MALFORMED' }, passHash: null };
  }
  if (!reading.proof || !reading.health)
    return { finding: { kind: 'identity-only' }, passHash: null };
  return checkSignedPass(reading.proof, reading.health, ctx);
}

export async function verifyCode(text: string, ctx: VerifyContext): Promise<CheckResult> {
  let reading: CodeReading = { kind: 'unknown' };
  try {
    const read = readCodeLazily(text);
    reading = read instanceof Promise ? await read : read; // no extra turn for most codes
    const { finding, passHash } = await findingFor(reading, ctx);
    const decision = decide(finding, ctx.policy, ctx.bundle, ctx.now);
    const identity = reading.kind === 'unknown' ? null : reading.identity;
    return {
      format: reading.kind === 'unknown' ? 'unknown' : reading.format,
      ...decision,
      holder: holderOf(identity),
      passId: identity?.passId ?? null,
      passHash,
      kid: reading.kind === 'read' ? loggedKid(reading.proof) : null,
      details: (reading.kind === 'read' && reading.details) || null,
    };
  } catch {
    // Only a bug in our own code reaches here; it must still give the guard a safe answer.
    return {
      format: reading.kind === 'unknown' ? 'unknown' : reading.format,
      verdict: 'review',
      color: 'none',
      reasons: ['INTERNAL_ERROR'],
      holder: null,
      passId: null,
      passHash: null,
      kid: null,
      details: null,
    };
  }
}
