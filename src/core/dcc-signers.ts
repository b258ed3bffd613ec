// The DCC signers of a trust bundle (eu-dcc.md §4): the document signer certificates' keys,
// as the bundle builder read them from X.509 (the kiosk never parses X.509). Read strictly:
// one malformed entry makes the whole bundle BUNDLE_MALFORMED.
import { decodeB64u, decodeB64uExact } from './b64u';
import { isDccSignerKey } from './dcc-signature';
import { parseIsoInstant } from './times';
import type { CertificateType } from './types';

export interface DccSigner {
  /** b64u of the 8-byte kid: the first 8 bytes of SHA-256 of the signer's DER certificate. */
  kid: string;
  country: string;
  /** DER SubjectPublicKeyInfo: a P-256 EC key or an RSA key of 2048–4096 bits. */
  spki: Uint8Array;
  validFrom: number;
  validUntil: number;
  /** The certificate types it may sign; null (absent in the bundle) means all three. */
  usage: ReadonlySet<CertificateType> | null;
}

const TYPES: readonly string[] = ['v', 't', 'r'];

function readUsage(v: unknown): ReadonlySet<CertificateType> | null | undefined {
  if (v === undefined) return null;
  if (!Array.isArray(v) || v.length === 0 || !v.every((u) => TYPES.includes(u))) return undefined;
  const usage = new Set(v as CertificateType[]);
  return usage.size === v.length ? usage : undefined; // distinct values only
}

function readSigner(v: unknown): DccSigner | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const s = v as Record<string, unknown>;
  const kidBytes = typeof s.kid === 'string' ? decodeB64uExact(s.kid, 8) : null;
  const spki = typeof s.spki === 'string' ? decodeB64u(s.spki) : null;
  const validFrom = parseIsoInstant(s.validFrom);
  const validUntil = parseIsoInstant(s.validUntil);
  const usage = readUsage(s.usage);
  if (!kidBytes || !spki || spki.length === 0 || typeof s.country !== 'string') return null;
  if (validFrom === null || validUntil === null || validFrom >= validUntil) return null;
  if (usage === undefined) return null;
  return { kid: s.kid as string, country: s.country, spki, validFrom, validUntil, usage };
}

/** The signers of a payload's `dccSigners` (absent: none), or null when one is malformed. */
export function readDccSigners(v: unknown): DccSigner[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return null;
  const signers = v.map(readSigner);
  return signers.every((s) => s !== null) ? (signers as DccSigner[]) : null;
}

/** The check that needs WebCrypto: every signer's SPKI holds a key of an allowed kind. */
export async function dccSignerKeysValid(signers: readonly DccSigner[]): Promise<boolean> {
  const checks = await Promise.all(signers.map((s) => isDccSignerKey(s.spki)));
  return checks.every(Boolean);
}
