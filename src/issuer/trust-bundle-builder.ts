// Builds and signs a trust bundle envelope (spec §4), as the root authority does.
import { encodeB64u } from '../core/b64u';
import type { HealthRules } from '../core/trust-bundle';
import { utf8 } from '../core/text';
import { signB64u, type KeyPair } from './keys';

export interface BundleIssuer {
  name: string;
  publicKey: Uint8Array;
  kid: string;
  validFrom: number;
  validUntil: number;
}

export interface BundleContent {
  seq: number;
  issuedAt: number;
  expiresAt: number;
  issuers: BundleIssuer[];
  revokedKids?: string[];
  revokedPasses?: string[];
  rules?: HealthRules;
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
    revokedKids: content.revokedKids ?? [],
    revokedPasses: content.revokedPasses ?? [],
    rules: content.rules ?? DEFAULT_RULES,
  };
  const bytes = utf8(JSON.stringify(payload));
  return { payload: encodeB64u(bytes), kid: root.kid, sig: signB64u(bytes, root.secretKey) };
}
