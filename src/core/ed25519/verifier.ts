// One verification contract for both Ed25519 back ends, so that WebCrypto and noble give
// the same answer on every input: lengths and the S < L rule are checked here, before either.

export type VerifierKind = 'webcrypto' | 'noble';

export interface Ed25519Verifier {
  readonly kind: VerifierKind;
  /** Never throws: a bad key or signature is simply `false`. */
  verify(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean>;
}

/** The group order L of edwards25519, little-endian bytes as in a signature's S half. */
const L_LE = Uint8Array.from([
  0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
]);

/** RFC 8032 §5.1.7 requires 0 ≤ S < L; a malleated signature (S + L) fails here. */
function scalarIsCanonical(signature: Uint8Array): boolean {
  for (let i = 31; i >= 0; i--) {
    const s = signature[32 + i]!;
    const l = L_LE[i]!;
    if (s !== l) return s < l;
  }
  return false; // S == L
}

export function wellFormed(publicKey: Uint8Array, signature: Uint8Array): boolean {
  return publicKey.length === 32 && signature.length === 64 && scalarIsCanonical(signature);
}
