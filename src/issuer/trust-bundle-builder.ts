// Builds and signs a trust bundle envelope (spec §4), as the root authority does.
import { encodeB64u } from '../core/b64u';
import type { HealthRules } from '../core/trust-bundle';
import type { CertificateType } from '../core/types';
import { utf8 } from '../core/text';
import { signB64u, type KeyPair } from './keys';

export interface BundleIssuer {
  name: string;
  publicKey: Uint8Array;
  kid: string;
  validFrom: number;
  validUntil: number;
}

/** A DCC signer as eu-dcc.md §4 has it (read from its DSC by whoever builds the bundle). */
export interface BundleDccSigner {
  /** b64u of the 8-byte kid. */
  kid: string;
  country: string;
  /** DER SubjectPublicKeyInfo. */
  spki: Uint8Array;
  validFrom: number;
  validUntil: number;
  /** Null or absent: the DSC names no DCC usage, so it may sign all three. */
  usage?: CertificateType[] | null;
}

export interface BundleContent {
  seq: number;
  issuedAt: number;
  expiresAt: number;
  issuers: BundleIssuer[];
  dccSigners?: BundleDccSigner[];
  revokedKids?: string[];
  revokedPasses?: string[];
  rules?: HealthRules;
  /** The root that succeeds the signing one (docs/spec/root-rotation.md). */
  nextRoot?: { publicKey: Uint8Array; kid: string; validFrom: number } | null;
}

export interface BundleEnvelope {
  payload: string;
  kid: string;
  sig: string;
}

/** The example rules of spec §4. */
export const DEFAULT_RULES: HealthRules = {
  vaccineWaitDays: 14,
  vaccineValidDays: 365,
  testValidHours: { PCR: 72, RAT: 24 },
  recoveryValidDays: 180,
  positiveIsolationDays: 14,
};

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

export function buildTrustBundle(content: BundleContent, root: KeyPair): BundleEnvelope {
  const payload = {
    type: 'pqr-trust-bundle',
    version: 1,
    seq: content.seq,
    issuedAt: iso(content.issuedAt),
    expiresAt: iso(content.expiresAt),
    issuers: content.issuers.map((i) => ({
      kid: i.kid,
      name: i.name,
      publicKey: encodeB64u(i.publicKey),
      validFrom: iso(i.validFrom),
      validUntil: iso(i.validUntil),
    })),
    ...(content.dccSigners?.length
      ? {
          dccSigners: content.dccSigners.map((d) => ({
            kid: d.kid,
            country: d.country,
            spki: encodeB64u(d.spki),
            validFrom: iso(d.validFrom),
            validUntil: iso(d.validUntil),
            ...(d.usage ? { usage: d.usage } : {}),
          })),
        }
      : {}),
    revokedKids: content.revokedKids ?? [],
    revokedPasses: content.revokedPasses ?? [],
    rules: content.rules ?? DEFAULT_RULES,
    ...(content.nextRoot
      ? {
          nextRoot: {
            kid: content.nextRoot.kid,
            publicKey: encodeB64u(content.nextRoot.publicKey),
            validFrom: iso(content.nextRoot.validFrom),
          },
        }
      : {}),
  };
  const bytes = utf8(JSON.stringify(payload));
  return { payload: encodeB64u(bytes), kid: root.kid, sig: signB64u(bytes, root.secretKey) };
}
