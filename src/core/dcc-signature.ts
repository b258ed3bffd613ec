// The DCC signature algorithms of eu-dcc.md §2 by WebCrypto: ES256 (ECDSA P-256, SHA-256,
// `r‖s`) and PS256 (RSASSA-PSS, SHA-256, salt 32). Never hand-written. Each signer key is
// imported once (when its bundle is accepted) and cached by its bytes, as the Ed25519 path does.
// Kept out of the lazily loaded DCC reader: the trust bundle checks signer keys on accept.
import { encodeB64u } from './b64u';

export type DccAlg = 'ES256' | 'PS256';

type ImportedKey = Parameters<NonNullable<typeof crypto.subtle>['verify']>[1];
// WebCrypto wants buffers that are not shared; ours never are.
const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

const IMPORT = {
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  PS256: { name: 'RSA-PSS', hash: 'SHA-256' },
} as const;
const VERIFY = {
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  PS256: { name: 'RSA-PSS', saltLength: 32 },
} as const;
/** eu-dcc.md §4: an RSA signer key of 2048 to 4096 bits. */
const RSA_BITS = { min: 2048, max: 4096 };
/** A bundle may list every DSC of a trust list (hundreds); the cap only guards against abuse. */
const MAX_CACHED_KEYS = 4096;

const keys = new Map<string, Promise<ImportedKey | null>>();
const resolved = new WeakMap<Uint8Array, Partial<Record<DccAlg, ImportedKey | null>>>();

function subtle() {
  const s = typeof crypto === 'undefined' ? undefined : crypto.subtle;
  if (!s) throw new Error('WebCrypto is not available: DCC signatures cannot be checked here');
  return s;
}

/** The signer key for `alg`, or null when the SPKI is not a key of that kind. */
function importSpki(spki: Uint8Array, alg: DccAlg): Promise<ImportedKey | null> {
  const id = `${alg}:${encodeB64u(spki)}`;
  let key = keys.get(id);
  if (!key) {
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    key = subtle()
      .importKey('spki', bytes(spki), IMPORT[alg], false, ['verify'])
      .then(
        (k) => k as ImportedKey,
        () => null,
      );
    keys.set(id, key);
  }
  return key;
}

/**
 * True when the SPKI holds a P-256 EC key or an RSA key of 2048–4096 bits (eu-dcc.md §4).
 * Where the runtime has no WebCrypto it cannot tell, and says true: the signature check
 * itself then fails loudly rather than the whole bundle being refused.
 */
export async function isDccSignerKey(spki: Uint8Array): Promise<boolean> {
  if (typeof crypto === 'undefined' || !crypto.subtle) return true;
  if (await importSpki(spki, 'ES256')) return true;
  const rsa = await importSpki(spki, 'PS256');
  const bits = (rsa?.algorithm as { modulusLength?: number } | undefined)?.modulusLength ?? 0;
  return bits >= RSA_BITS.min && bits <= RSA_BITS.max;
}

/**
 * Checks a COSE signature with the signer's key. False when it fails, when the alg does not
 * fit the key's type, or when an ES256 signature is not 64 bytes (eu-dcc.md §2). Throws only
 * where the runtime has no WebCrypto.
 */
export async function verifyDccSignature(
  spki: Uint8Array,
  alg: DccAlg,
  signature: Uint8Array,
  signedBytes: Uint8Array,
): Promise<boolean> {
  if (alg === 'ES256' && signature.length !== 64) return false;
  let byAlg = resolved.get(spki);
  if (!byAlg) resolved.set(spki, (byAlg = {}));
  let key = byAlg[alg];
  if (key === undefined) key = byAlg[alg] = await importSpki(spki, alg);
  if (!key) return false;
  try {
    return await subtle().verify(VERIFY[alg], key, bytes(signature), bytes(signedBytes));
  } catch {
    return false;
  }
}
