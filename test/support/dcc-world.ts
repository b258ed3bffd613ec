// A DCC world for tests: demo signers (ES256, PS256, a vaccination-only one, one not in the
// bundle), a trust bundle listing them, sample certificates, and helpers that seal any CWT
// claims or COSE structure into an HC1 text, for the edge cases the vectors do not spell out.
import { encode, Tagged } from 'cborg';
import {
  createNobleVerifier,
  DAY_MS,
  openTrustBundle,
  rootKeyFrom,
  encodeB64u,
  type TrustBundle,
} from '../../src/core';
import { sigStructure } from '../../src/core/formats/dcc/cose-sign1';
import { dccClaims, hc1Text, type DccContent } from '../../src/issuer/dcc/issue-dcc';
import { dccSamples } from '../../src/issuer/dcc/sample-dccs';
import {
  bundleEntryOf,
  createDccSigningKey,
  type DccSigningKey,
} from '../../src/issuer/dcc/signing-key';
import { issuerSubtle } from '../../src/issuer/dcc/webcrypto';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { rootKey } from './world';

export const DCC_NOW = Date.parse('2022-03-15T03:00:00Z');

const SIGN = {
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  PS256: { name: 'RSA-PSS', saltLength: 32 },
} as const;

export interface CoseParts {
  protectedHeader?: Map<number, unknown> | Uint8Array;
  unprotected?: Map<number, unknown>;
  /** Tags around the message, outermost first; default [18]. */
  tags?: number[];
  /** Replaces the real signature. */
  signature?: Uint8Array;
}

/** COSE_Sign1 over `payload` with any headers, signed by `key`. */
export async function sealCose(
  payload: Uint8Array,
  key: DccSigningKey,
  parts: CoseParts = {},
): Promise<Uint8Array> {
  const header =
    parts.protectedHeader ??
    new Map<number, unknown>([
      [1, key.alg === 'ES256' ? -7 : -37],
      [4, key.kid],
    ]);
  const protectedBytes = header instanceof Uint8Array ? header : encode(header);
  const signature =
    parts.signature ??
    new Uint8Array(
      await issuerSubtle().sign(
        SIGN[key.alg],
        key.privateKey,
        sigStructure(protectedBytes, payload),
      ),
    );
  let message: unknown = [protectedBytes, parts.unprotected ?? new Map(), payload, signature];
  for (const tag of [...(parts.tags ?? [18])].reverse()) message = new Tagged(tag, message);
  return encode(message);
}

/** An HC1 text of any CWT claims (a Map), sealed by `key`. */
export async function sealClaims(
  claims: Map<number, unknown>,
  key: DccSigningKey,
  parts?: CoseParts,
): Promise<string> {
  return hc1Text(await sealCose(encode(claims), key, parts));
}

/** The claims of an ordinary certificate, to change before sealing. */
export function claimsOf(content: Partial<DccContent> & Pick<DccContent, 'entries'>) {
  const claims = dccClaims(
    {
      holder: { familyName: 'Nguyễn', givenName: 'Văn An', dob: '1990-02-03' },
      issuedAt: DCC_NOW - 2 * DAY_MS,
      expiresAt: DCC_NOW + 300 * DAY_MS,
      ...content,
    },
    'VN',
  );
  const dcc = (claims.get(-260) as Map<number, Map<string, unknown>>).get(1)!;
  return { claims, dcc };
}

export interface DccWorld {
  now: number;
  es256: DccSigningKey;
  ps256: DccSigningKey;
  vaccinationOnly: DccSigningKey;
  other: DccSigningKey;
  bundle: TrustBundle;
  samples: Awaited<ReturnType<typeof dccSamples>>;
}

let world: Promise<DccWorld> | null = null;

/** One world per test file (RSA key generation takes a moment). */
export function dccWorld(): Promise<DccWorld> {
  world ??= (async () => {
    const validity = { validFrom: DCC_NOW - 400 * DAY_MS, validUntil: DCC_NOW + 400 * DAY_MS };
    const es256 = await createDccSigningKey({ ...validity, alg: 'ES256' });
    const ps256 = await createDccSigningKey({ ...validity, alg: 'PS256', usage: null });
    const vaccinationOnly = await createDccSigningKey({ ...validity, usage: ['v'] });
    const other = await createDccSigningKey({ ...validity, country: 'XX' });
    const envelope = buildTrustBundle(
      {
        seq: 1,
        issuedAt: DCC_NOW - DAY_MS,
        expiresAt: DCC_NOW + 13 * DAY_MS,
        issuers: [],
        dccSigners: [es256, ps256, vaccinationOnly].map(bundleEntryOf),
      },
      rootKey,
    );
    const opened = await openTrustBundle(
      envelope,
      [rootKeyFrom(encodeB64u(rootKey.publicKey))!],
      null,
      createNobleVerifier(),
    );
    if (opened.outcome !== 'accepted')
      throw new Error(`DCC world bundle: ${JSON.stringify(opened)}`);
    const samples = await dccSamples(es256, other, DCC_NOW);
    return { now: DCC_NOW, es256, ps256, vaccinationOnly, other, bundle: opened.bundle, samples };
  })();
  return world;
}
