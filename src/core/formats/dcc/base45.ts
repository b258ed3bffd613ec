// Base45 (RFC 9285), the QR-friendly alphabet of the HC1 text. Strict: a character outside the
// alphabet, a length of 3n+1, or a group whose value does not fit its bytes (a triple above
// 65535, a pair above 255: RFC 9285 §4.2, which some packages skip) is no Base45 at all.

export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE45_ALPHABET.length; i++) VALUE[BASE45_ALPHABET.charCodeAt(i)] = i;

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? VALUE[c]! : -1;
}

/** The bytes, or null when the text is not strict Base45. */
export function decodeBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const c = digit(text, i);
    const d = digit(text, i + 1);
    if (c < 0 || d < 0) return null;
    if (i + 2 < text.length) {
      const e = digit(text, i + 2);
      if (e < 0) return null;
      const n = c + d * 45 + e * 2025;
      if (n > 0xffff) return null;
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      const n = c + d * 45;
      if (n > 0xff) return null;
      out[o++] = n;
    }
  }
  return out;
}
