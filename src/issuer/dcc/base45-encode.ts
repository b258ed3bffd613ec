// Base45 encoding (RFC 9285 §4), the issuer's half of core/formats/dcc/base45.ts.
import { BASE45_ALPHABET } from '../../core/formats/dcc/base45';

export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = (bytes[i]! << 8) | bytes[i + 1]!;
    for (let k = 0; k < 3; k++, n = Math.floor(n / 45)) out += BASE45_ALPHABET[n % 45];
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1]!;
    out += BASE45_ALPHABET[n % 45]! + BASE45_ALPHABET[Math.floor(n / 45)]!;
  }
  return out;
}
