// The signed trust bundle (spec §4): the only way issuer keys, revocations and the health
// rules reach a kiosk. Opening is all-or-nothing; a refused bundle never replaces the held one.
import { decodeB64u, decodeB64uExact } from './b64u';
import { dccSignerKeysValid, readDccSigners, type DccSigner } from './dcc-signers';
import { kidOf } from './digest';
import type { Ed25519Verifier } from './ed25519';
import { parseIsoInstant } from './times';

export interface Issuer {
  kid: string;
  name: string;
  publicKey: Uint8Array;
  validFrom: number;
  validUntil: number;
}

export interface HealthRules {
  vaccineWaitDays: number;
  vaccineValidDays: number;
  testValidHours: { PCR: number; RAT: number };
  recoveryValidDays: number;
  positiveIsolationDays: number;
}

export interface TrustBundle {
  seq: number;
  issuedAt: number;
  expiresAt: number;
  issuers: Issuer[];
  /** Signers of EU Digital COVID Certificates (eu-dcc.md §4); empty when the bundle has none. */
  dccSigners: DccSigner[];
  revokedKids: ReadonlySet<string>;
  revokedPasses: ReadonlySet<string>;
  rules: HealthRules;
  /** The root that signed it. */
  rootKid: string;
  /** The root that succeeds the signing one (docs/spec/root-rotation.md), or null. */
  nextRoot: NextRoot | null;
}

/** A successor root announced in a bundle: pinned on acceptance, signs bundles from validFrom. */
export interface NextRoot {
  kid: string;
  publicKey: Uint8Array;
  /** Bundles it signs count only when issued at or after this instant (epoch ms). */
  validFrom: number;
}

/** A pinned root key, as set up on the kiosk. */
export interface RootKey {
  kid: string;
  publicKey: Uint8Array;
}

export type BundleRefusal =
  'BUNDLE_ROOT_UNKNOWN' | 'BUNDLE_SIG_INVALID' | 'BUNDLE_MALFORMED' | 'BUNDLE_ROLLBACK';

export type BundleOutcome =
  | { outcome: 'accepted'; bundle: TrustBundle }
  | { outcome: 'same'; bundle: TrustBundle }
  | { outcome: 'refused'; code: BundleRefusal };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readIssuer(v: unknown): Issuer | null {
  if (!isObject(v) || typeof v.kid !== 'string' || typeof v.name !== 'string') return null;
  const publicKey = typeof v.publicKey === 'string' ? decodeB64uExact(v.publicKey, 32) : null;
  const validFrom = parseIsoInstant(v.validFrom);
  const validUntil = parseIsoInstant(v.validUntil);
  if (!publicKey || validFrom === null || validUntil === null || validFrom >= validUntil)
    return null;
  // The kid is derived, never trusted: a mismatch means the bundle was built wrongly.
  if (kidOf(publicKey) !== v.kid) return null;
  return { kid: v.kid, name: v.name, publicKey, validFrom, validUntil };
}

/** Absent is null; present but wrong (bad key, kid or date, or the signer itself) is undefined. */
function readNextRoot(v: unknown, rootKid: string): NextRoot | null | undefined {
  if (v === undefined) return null;
  if (!isObject(v) || typeof v.kid !== 'string') return undefined;
  const publicKey = typeof v.publicKey === 'string' ? decodeB64uExact(v.publicKey, 32) : null;
  const validFrom = parseIsoInstant(v.validFrom);
  if (!publicKey || validFrom === null || kidOf(publicKey) !== v.kid || v.kid === rootKid)
    return undefined;
  return { kid: v.kid, publicKey, validFrom };
}

function readRules(v: unknown): HealthRules | null {
  if (!isObject(v) || !isObject(v.testValidHours)) return null;
  const t = v.testValidHours;
  const numbers = [
    v.vaccineWaitDays,
    v.vaccineValidDays,
    v.recoveryValidDays,
    v.positiveIsolationDays,
    t.PCR,
    t.RAT,
  ];
  if (!numbers.every(isAmount)) return null;
  return {
    vaccineWaitDays: v.vaccineWaitDays as number,
    vaccineValidDays: v.vaccineValidDays as number,
    testValidHours: { PCR: t.PCR as number, RAT: t.RAT as number },
    recoveryValidDays: v.recoveryValidDays as number,
    positiveIsolationDays: v.positiveIsolationDays as number,
  };
}

/**
 * Reads a verified payload; null when it is not a well-formed version 1 bundle. Synchronous,
 * so it cannot check what kind of key each DCC signer holds: openTrustBundle does that too.
 */
export function readBundlePayload(payload: unknown, rootKid: string): TrustBundle | null {
  if (!isObject(payload)) return null;
  if (payload.type !== 'pqr-trust-bundle' || payload.version !== 1 || !isCount(payload.seq))
    return null;
  const issuedAt = parseIsoInstant(payload.issuedAt);
  const expiresAt = parseIsoInstant(payload.expiresAt);
  if (issuedAt === null || expiresAt === null || issuedAt >= expiresAt) return null;
  if (!Array.isArray(payload.issuers)) return null;
  const issuers = payload.issuers.map(readIssuer);
  if (issuers.some((i) => i === null)) return null;
  const dccSigners = readDccSigners(payload.dccSigners);
  if (!dccSigners) return null;
  if (!isStringList(payload.revokedKids) || !isStringList(payload.revokedPasses)) return null;
  const rules = readRules(payload.rules);
  if (!rules) return null;
  const nextRoot = readNextRoot(payload.nextRoot, rootKid);
  if (nextRoot === undefined) return null;
  return {
    seq: payload.seq,
    issuedAt,
    expiresAt,
    issuers: issuers as Issuer[],
    dccSigners,
    revokedKids: new Set(payload.revokedKids),
    revokedPasses: new Set(payload.revokedPasses),
    rules,
    rootKid,
    nextRoot,
  };
}

/**
 * Opens a bundle envelope (a JSON text or an already parsed object) against the pinned
 * roots and the seq of the bundle held now (null on a new kiosk). `announced` is the next root
 * the held bundle names: a bundle it signs counts only from its validFrom. Never throws.
 */
export async function openTrustBundle(
  envelope: unknown,
  roots: readonly RootKey[],
  heldSeq: number | null,
  verifier: Ed25519Verifier,
  announced: NextRoot | null = null,
): Promise<BundleOutcome> {
  const refuse = (code: BundleRefusal): BundleOutcome => ({ outcome: 'refused', code });
  try {
    const env = typeof envelope === 'string' ? parseJson(envelope) : envelope;
    if (!isObject(env) || typeof env.payload !== 'string' || typeof env.kid !== 'string') {
      return refuse('BUNDLE_MALFORMED');
    }
    const root = roots.find((r) => r.kid === env.kid);
    if (!root) return refuse('BUNDLE_ROOT_UNKNOWN');
    const payloadBytes = decodeB64u(env.payload);
    if (!payloadBytes) return refuse('BUNDLE_MALFORMED');
    const signature = typeof env.sig === 'string' ? decodeB64uExact(env.sig, 64) : null;
    if (!signature || !(await verifier.verify(root.publicKey, signature, payloadBytes))) {
      return refuse('BUNDLE_SIG_INVALID');
    }
    let payloadText: string;
    try {
      payloadText = new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes);
    } catch {
      return refuse('BUNDLE_MALFORMED');
    }
    const bundle = readBundlePayload(parseJson(payloadText), root.kid);
    if (!bundle || !(await dccSignerKeysValid(bundle.dccSigners)))
      return refuse('BUNDLE_MALFORMED');
    // Before its validFrom the announced root is not a root yet (root-rotation.md §3).
    if (announced?.kid === root.kid && bundle.issuedAt < announced.validFrom)
      return refuse('BUNDLE_ROOT_UNKNOWN');
    if (heldSeq !== null && bundle.seq < heldSeq) return refuse('BUNDLE_ROLLBACK');
    if (heldSeq !== null && bundle.seq === heldSeq) return { outcome: 'same', bundle };
    return { outcome: 'accepted', bundle };
  } catch {
    return refuse('BUNDLE_MALFORMED');
  }
}

/** Parses a pinned root key given as b64u of the raw 32 bytes. */
export function rootKeyFrom(publicKeyB64u: string): RootKey | null {
  const publicKey = decodeB64uExact(publicKeyB64u.trim(), 32);
  return publicKey ? { kid: kidOf(publicKey), publicKey } : null;
}
