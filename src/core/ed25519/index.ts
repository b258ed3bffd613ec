// Picks the Ed25519 back end: WebCrypto where the runtime has it, noble otherwise.
import { createNobleVerifier } from './noble-verifier';
import type { Ed25519Verifier, VerifierKind } from './verifier';
import { createWebCryptoVerifier, webCryptoHasEd25519 } from './webcrypto-verifier';

export type { Ed25519Verifier, VerifierKind } from './verifier';
export { createNobleVerifier } from './noble-verifier';
export { createWebCryptoVerifier, webCryptoHasEd25519 } from './webcrypto-verifier';

/** `auto` probes WebCrypto once; a forced kind that is unavailable is an error. */
export async function createVerifier(
  kind: VerifierKind | 'auto' = 'auto',
): Promise<Ed25519Verifier> {
  if (kind === 'noble') return createNobleVerifier();
  const native = await webCryptoHasEd25519();
  if (kind === 'webcrypto' && !native) throw new Error('WebCrypto Ed25519 is not available here');
  return native ? createWebCryptoVerifier() : createNobleVerifier();
}
