// A DCC document signer (DSC) for the demo and the tests: a key pair made by WebCrypto and a
// real self-signed X.509 certificate (by @peculiar/x509) carrying the DCC extended key usage
// OIDs of eu-dcc.md §4, so that the bundle path (X.509 → dccSigners → kiosk) runs end to end.
// Real DSCs are signed by a country's CSCA; the kiosk never looks at X.509, only at the bundle.
import 'reflect-metadata'; // @peculiar/x509 (tsyringe) needs the Reflect metadata polyfill
import * as x509 from '@peculiar/x509';
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeB64u, encodeB64u } from '../../core/b64u';
import type { CertificateType } from '../../core/types';
import type { BundleDccSigner } from '../trust-bundle-builder';
import { issuerSubtle, type IssuerKey } from './webcrypto';

export type DccAlg = 'ES256' | 'PS256';

/** Extended key usage OIDs (eu-dcc.md §4); `1.3.6.1.4.1.0.1847.2021.1.x` is read as well. */
export const DCC_USAGE_OIDS: Record<CertificateType, string> = {
  t: '1.3.6.1.4.1.1847.2021.1.1',
  v: '1.3.6.1.4.1.1847.2021.1.2',
  r: '1.3.6.1.4.1.1847.2021.1.3',
};

const KEY_ALGORITHMS = {
  ES256: { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' },
  PS256: {
    name: 'RSA-PSS',
    hash: 'SHA-256',
    modulusLength: 2048,
    publicExponent: Uint8Array.of(1, 0, 1),
  },
} as const;
const IMPORT_ALGORITHMS = {
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  PS256: { name: 'RSA-PSS', hash: 'SHA-256' },
};

export interface DccSigningKey {
  alg: DccAlg;
  /** The DSC, DER. */
  certificate: Uint8Array;
  privateKey: IssuerKey;
  /** The first 8 bytes of SHA-256 of the DER certificate (eu-dcc.md §2). */
  kid: Uint8Array;
  /** DER SubjectPublicKeyInfo. */
  spki: Uint8Array;
  country: string;
  validFrom: number;
  validUntil: number;
  /** The certificate types its EKU allows; null = no DCC OID = all three. */
  usage: CertificateType[] | null;
}

export interface DccSigningKeyOptions {
  alg?: DccAlg;
  country?: string;
  commonName?: string;
  validFrom: number;
  validUntil: number;
  usage?: CertificateType[] | null;
}

export function dccKidOf(certificate: Uint8Array): Uint8Array {
  return sha256(certificate).subarray(0, 8);
}

/** A new key pair and its self-signed DSC. RSA (PS256) keys are 2048 bits. */
export async function createDccSigningKey(options: DccSigningKeyOptions): Promise<DccSigningKey> {
  const alg = options.alg ?? 'ES256';
  const country = options.country ?? 'VN';
  const usage: CertificateType[] | null =
    options.usage === undefined ? ['v', 't', 'r'] : options.usage;
  const subtle = issuerSubtle();
  const keys = await subtle.generateKey(KEY_ALGORITHMS[alg], true, ['sign', 'verify']);
  type Params = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0];
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: encodeHex(crypto.getRandomValues(new Uint8Array(8))),
    name: `CN=${options.commonName ?? 'Demo DSC'}, O=Demo, C=${country}`,
    notBefore: new Date(options.validFrom),
    notAfter: new Date(options.validUntil),
    signingAlgorithm: (alg === 'ES256'
      ? KEY_ALGORITHMS.ES256
      : { ...KEY_ALGORITHMS.PS256, saltLength: 32 }) as Params['signingAlgorithm'],
    keys: keys as unknown as Params['keys'],
    extensions: usage
      ? [new x509.ExtendedKeyUsageExtension(usage.map((u) => DCC_USAGE_OIDS[u]))]
      : [],
  });
  const der = new Uint8Array(certificate.rawData);
  return {
    alg,
    certificate: der,
    privateKey: keys.privateKey,
    kid: dccKidOf(der),
    spki: new Uint8Array(await subtle.exportKey('spki', keys.publicKey)),
    country,
    // X.509 keeps whole seconds.
    validFrom: certificate.notBefore.getTime(),
    validUntil: certificate.notAfter.getTime(),
    usage,
  };
}

function encodeHex(bytes: Uint8Array): string {
  // A positive serial number: the first bit clear.
  return Array.from(bytes, (b, i) => (i === 0 ? b & 0x7f : b).toString(16).padStart(2, '0')).join(
    '',
  );
}

/** The signing key as JSON text fields (certificate and PKCS#8 private key as b64u). */
export interface DccSigningKeyFile {
  type: 'dcc-signing-key';
  alg: DccAlg;
  country: string;
  certificate: string;
  privateKey: string;
  spki: string;
  validFrom: number;
  validUntil: number;
  usage: CertificateType[] | null;
}

export async function exportDccSigningKey(key: DccSigningKey): Promise<DccSigningKeyFile> {
  const pkcs8 = new Uint8Array(await issuerSubtle().exportKey('pkcs8', key.privateKey));
  return {
    type: 'dcc-signing-key',
    alg: key.alg,
    country: key.country,
    certificate: encodeB64u(key.certificate),
    privateKey: encodeB64u(pkcs8),
    spki: encodeB64u(key.spki),
    validFrom: key.validFrom,
    validUntil: key.validUntil,
    usage: key.usage,
  };
}

/** The key back from its file form; null when the file is not one. */
export async function importDccSigningKey(file: unknown): Promise<DccSigningKey | null> {
  const f = file as Partial<DccSigningKeyFile> | null;
  if (f?.type !== 'dcc-signing-key' || (f.alg !== 'ES256' && f.alg !== 'PS256')) return null;
  const certificate = typeof f.certificate === 'string' ? decodeB64u(f.certificate) : null;
  const pkcs8 = typeof f.privateKey === 'string' ? decodeB64u(f.privateKey) : null;
  const spki = typeof f.spki === 'string' ? decodeB64u(f.spki) : null;
  if (!certificate || !pkcs8 || !spki || typeof f.country !== 'string') return null;
  if (typeof f.validFrom !== 'number' || typeof f.validUntil !== 'number') return null;
  const privateKey = await issuerSubtle()
    .importKey('pkcs8', pkcs8, IMPORT_ALGORITHMS[f.alg], false, ['sign'])
    .catch(() => null);
  if (!privateKey) return null;
  return {
    alg: f.alg,
    certificate,
    privateKey,
    kid: dccKidOf(certificate),
    spki,
    country: f.country,
    validFrom: f.validFrom,
    validUntil: f.validUntil,
    usage: Array.isArray(f.usage) ? f.usage : null,
  };
}

/** The key's entry in a trust bundle's dccSigners (what `kiosk bundle` reads from its DSC). */
export function bundleEntryOf(key: DccSigningKey): BundleDccSigner {
  return {
    kid: encodeB64u(key.kid),
    country: key.country,
    spki: key.spki,
    validFrom: key.validFrom,
    validUntil: key.validUntil,
    usage: key.usage,
  };
}
