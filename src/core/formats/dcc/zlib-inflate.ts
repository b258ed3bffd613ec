// ZLIB (RFC 1950) with a hard output cap: eu-dcc.md §1 wants a zip bomb to be malformed, not a
// hang. fflate inflates; we feed it the stream in pieces and stop as soon as the output passes
// the cap, so the work done is bounded near the cap, not by what the input claims. The
// header and the Adler-32 trailer (which fflate does not check) are checked here.
import { Inflate } from 'fflate';

/** eu-dcc.md §1: never inflate more than 64 KiB. */
export const MAX_INFLATED_BYTES = 64 * 1024;
/**
 * Deflate yields at most ~1032 bytes per input byte, so one piece of 512 bytes inflates to at
 * most ~0.5 MB before the cap is seen (a few ms); a real DCC is one or two pieces.
 */
const PIECE = 512;

class TooLarge extends Error {}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the most bytes before b can pass 2^53 / overflow int math (zlib's NMAX).
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * True when the deflate stream ended (its final block) exactly where the Adler-32 begins. fflate
 * stops at the final block and ignores what follows, so bytes smuggled in between would go
 * unseen; a strict ZLIB reader (zlib, Java's Inflater) refuses them. fflate keeps the input it
 * has not consumed in `p` and the bit position within its first byte in `s.p`: if a new fflate
 * changes that, every DCC reads as malformed and the vector tests fail at once.
 */
function consumedAll(inflate: Inflate): boolean {
  const state = inflate as unknown as { p?: unknown; s?: { p?: unknown; f?: unknown } };
  if (!(state.p instanceof Uint8Array) || typeof state.s?.p !== 'number' || !state.s.f)
    return false;
  const partlyRead = state.s.p > 0 ? 1 : 0;
  return state.p.length === partlyRead;
}

function headerOk(cmf: number, flg: number): boolean {
  // Deflate (CM 8), a window of at most 32 KiB, no preset dictionary, and the check bits.
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (flg & 0x20) === 0 && (cmf * 256 + flg) % 31 === 0;
}

/** The inflated bytes, or null for anything that is not a complete ZLIB stream within the cap. */
export function inflateZlib(data: Uint8Array, cap = MAX_INFLATED_BYTES): Uint8Array | null {
  if (data.length < 6 || !headerOk(data[0]!, data[1]!)) return null;
  const body = data.subarray(2, data.length - 4);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    chunks.push(chunk);
    ended = final;
  });
  try {
    for (let at = 0; at < body.length; at += PIECE) {
      const end = Math.min(at + PIECE, body.length);
      inflate.push(body.subarray(at, end), end === body.length);
    }
    if (body.length === 0) inflate.push(body, true);
  } catch {
    return null; // corrupt deflate data, or past the cap
  }
  if (!ended || !consumedAll(inflate)) return null;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  const t = data.length - 4;
  const expected =
    ((data[t]! << 24) | (data[t + 1]! << 16) | (data[t + 2]! << 8) | data[t + 3]!) >>> 0;
  return adler32(out) === expected ? out : null;
}
