// ZLIB (RFC 1950) with a hard output cap: eu-dcc.md §1 wants a zip bomb to be malformed, not a
// hang. fflate inflates. A DCC compresses to well under 1 KiB, and deflate turns a byte into at
// most ~1032, so a body that small is inflated at once into a fixed buffer (nothing allocated
// per code, which is most of the cost otherwise); a larger one is fed to fflate's stream in
// pieces and stopped as soon as the output passes the cap. Either way the work is bounded near
// the cap, not by what the input claims. The header, the Adler-32 trailer (which fflate does not
// check) and the end of the deflate stream (nothing may sit between it and the trailer) are
// checked here, as a strict reader (zlib, Java's Inflater) does.
import { Inflate, inflateSync } from 'fflate';

/** eu-dcc.md §1: never inflate more than 64 KiB. */
export const MAX_INFLATED_BYTES = 64 * 1024;
/** Bodies up to this size are inflated at once: at most ~1 MB of work even for a bomb. */
const AT_ONCE = 1024;
/** Deflate yields at most 1032 bytes per input byte (a 258-byte match in two bits). */
const MAX_RATIO = 1032;
/** Larger ones (rare) go in pieces: each inflates to at most ~130 KB before the cap is seen. */
const PIECE = 128;

// Fixed buffers for inflating at once, made at the first DCC (the reader runs synchronously, one
// code at a time). The first holds whatever a small body can inflate to, so that even a bomb is
// written in bounds (V8 makes every write past a typed array's end slow: ~100 ms for 1 MB).
let scratch: Uint8Array | null = null;
let spare: Uint8Array | null = null;

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

function headerOk(cmf: number, flg: number): boolean {
  // Deflate (CM 8), a window of at most 32 KiB, no preset dictionary, and the check bits.
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (flg & 0x20) === 0 && (cmf * 256 + flg) % 31 === 0;
}

/** Inflates a small body into `scratch`; null when corrupt or past the cap. */
function inflateAtOnce(body: Uint8Array, cap: number): Uint8Array | null {
  scratch ??= new Uint8Array(AT_ONCE * MAX_RATIO + 1024);
  spare ??= new Uint8Array(MAX_INFLATED_BYTES + 1);
  let out: Uint8Array;
  try {
    out = inflateSync(body, { out: scratch });
  } catch {
    return null;
  }
  if (out.length > cap) return null;
  // fflate stops at the final block and ignores what follows. The stream must end in the last
  // byte, so without that byte it cannot be complete; if it still is, bytes were smuggled in.
  // (Its output is a prefix of the whole stream's: it fits the cap.)
  try {
    inflateSync(body.subarray(0, body.length - 1), { out: spare });
    return null;
  } catch {
    return out.slice();
  }
}

/**
 * True when the streamed deflate data ended (its final block) exactly where the body ends.
 * fflate keeps the input it has not consumed in `p` and the bit position within its first byte
 * in `s.p`: if a new fflate changes that, every large body reads as malformed and the tests of
 * zlib-inflate fail at once.
 */
function consumedAll(inflate: Inflate): boolean {
  const state = inflate as unknown as { p?: unknown; s?: { p?: unknown; f?: unknown } };
  if (!(state.p instanceof Uint8Array) || typeof state.s?.p !== 'number' || !state.s.f)
    return false;
  const partlyRead = state.s.p > 0 ? 1 : 0;
  return state.p.length === partlyRead;
}

/** Inflates a large body in pieces; null when corrupt, incomplete or past the cap. */
function inflateInPieces(body: Uint8Array, cap: number): Uint8Array | null {
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
  return out;
}

/** The inflated bytes, or null for anything that is not a complete ZLIB stream within the cap. */
export function inflateZlib(data: Uint8Array, cap = MAX_INFLATED_BYTES): Uint8Array | null {
  if (data.length < 8 || !headerOk(data[0]!, data[1]!)) return null;
  const body = data.subarray(2, data.length - 4);
  const out = body.length <= AT_ONCE ? inflateAtOnce(body, cap) : inflateInPieces(body, cap);
  if (!out) return null;
  const t = data.length - 4;
  const expected =
    ((data[t]! << 24) | (data[t + 1]! << 16) | (data[t + 2]! << 8) | data[t + 3]!) >>> 0;
  return adler32(out) === expected ? out : null;
}
