// COSE_Sign1 (RFC 8152 §4.2) as eu-dcc.md §2 has it: `[protected, unprotected, payload,
// signature]`, optionally in tag 18, the whole optionally in tag 61 (CWT). Only structure is
// read here; the signature is checked later against the trust bundle's signers.
import {
  CborTag,
  decodeCbor,
  field,
  integerOf,
  isBytes,
  isMap,
  NOT_CBOR,
  type CborMap,
} from './cbor';

export type CoseAlg = 'ES256' | 'PS256';

export interface CoseSign1 {
  alg: CoseAlg;
  /** As found; a kid of another length than 8 bytes is simply not in any bundle. */
  kid: Uint8Array;
  payload: Uint8Array;
  signature: Uint8Array;
  /** The CBOR of `["Signature1", protected, h'', payload]`: what was signed. */
  signedBytes: Uint8Array;
}

const ALGORITHMS = new Map<number, CoseAlg>([
  [-7, 'ES256'],
  [-37, 'PS256'],
]);
const HEADER_ALG = 1;
const HEADER_KID = 4;

function untag(item: unknown, tag: string): unknown {
  return item instanceof CborTag && item.tag === tag ? item.value : item;
}

/** The CBOR head of a byte string of `length` bytes (major type 2, shortest form). */
function bytesHead(length: number): number[] {
  if (length < 24) return [0x40 | length];
  if (length < 0x100) return [0x58, length];
  if (length < 0x10000) return [0x59, length >> 8, length & 0xff];
  return [0x5a, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff];
}

/** `["Signature1", protected, h'', payload]` in CBOR; the protected bytes exactly as received. */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  const context = [0x6a, ...Array.from('Signature1', (c) => c.charCodeAt(0))];
  const parts = [
    Uint8Array.of(0x84, ...context, ...bytesHead(protectedBytes.length)),
    protectedBytes,
    Uint8Array.of(0x40, ...bytesHead(payload.length)),
    payload,
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function protectedHeader(bytes: Uint8Array): CborMap | null {
  if (bytes.length === 0) return new Map();
  const header = decodeCbor(bytes);
  return isMap(header) ? header : null;
}

/** The message's parts, or null when it is not a COSE_Sign1 that the kiosk can check. */
export function readCoseSign1(bytes: Uint8Array): CoseSign1 | null {
  const item = decodeCbor(bytes);
  if (item === NOT_CBOR) return null;
  const message = untag(untag(item, '61'), '18');
  if (!Array.isArray(message) || message.length !== 4) return null;
  const [protectedBytes, unprotected, payload, signature] = message as unknown[];
  if (!isBytes(protectedBytes) || !isMap(unprotected) || !isBytes(payload) || !isBytes(signature))
    return null;
  const header = protectedHeader(protectedBytes);
  if (!header) return null;
  // Each label from the protected header, else from the unprotected one.
  const label = (key: number) => field(header, key) ?? field(unprotected, key);
  const algId = integerOf(label(HEADER_ALG));
  const alg = algId === null ? undefined : ALGORITHMS.get(algId);
  const kid = label(HEADER_KID);
  if (!alg || !isBytes(kid)) return null;
  return { alg, kid, payload, signature, signedBytes: sigStructure(protectedBytes, payload) };
}
