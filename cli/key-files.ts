// Key files. A private key file holds the seed and is written 0600; a public key file or a
// bare b64u string names a public key. Private keys never reach the screen unless asked.
import { existsSync } from 'node:fs';
import { decodeB64uExact, encodeB64u, kidOf } from '../src/core';
import { keyPairFromSecret, type KeyPair } from '../src/issuer/keys';
import { readJson, writeText } from './files';
import { fail } from './usage-error';

export interface PublicKeyFile {
  kid: string;
  publicKey: string;
  name?: string;
}

export function writeKeyFiles(
  base: string,
  pair: KeyPair,
  name: string | undefined,
  overwrite: boolean,
) {
  const pub: PublicKeyFile = {
    kid: pair.kid,
    publicKey: encodeB64u(pair.publicKey),
    ...(name ? { name } : {}),
  };
  const secret = { type: 'ed25519-secret-key', ...pub, secretKey: encodeB64u(pair.secretKey) };
  writeText(`${base}.key`, JSON.stringify(secret, null, 2) + '\n', { secret: true, overwrite });
  writeText(`${base}.pub`, JSON.stringify(pub, null, 2) + '\n', { overwrite });
}

export function readKeyPair(path: string): KeyPair {
  const json = readJson(path, 'private key file') as { secretKey?: unknown };
  const secret = typeof json?.secretKey === 'string' ? decodeB64uExact(json.secretKey, 32) : null;
  if (!secret) fail(`${path} is not a private key file made by 'kiosk keygen'`);
  return keyPairFromSecret(secret);
}

/** A public key from a b64u string, a .pub file or a .key file. */
export function readPublicKey(spec: string): { kid: string; publicKey: Uint8Array; name?: string } {
  const direct = decodeB64uExact(spec.trim(), 32);
  if (direct) return { kid: kidOf(direct), publicKey: direct };
  if (!existsSync(spec)) fail(`${spec} is neither a b64u public key nor a key file`);
  const json = readJson(spec, 'public key file') as Partial<PublicKeyFile> | null;
  const publicKey =
    typeof json?.publicKey === 'string' ? decodeB64uExact(json.publicKey, 32) : null;
  if (!publicKey) fail(`${spec} holds no 32-byte publicKey`);
  return { kid: kidOf(publicKey), publicKey, ...(json?.name ? { name: json.name } : {}) };
}
