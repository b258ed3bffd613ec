// The tagged tail of a signed 1405 code's EXT field (spec §2.1). Strict: any deviation makes
// the whole code FORMAT_MALFORMED, because a lenient reader of signed data is an attack surface.
import { decodeB64uExact } from '../b64u';
import { parseQrTime, parseVnDate } from '../times';
import type { HealthFacts, TestFact, VaccinationFact } from './facts';

export interface SignedExtension {
  issuedAt: number;
  expiresAt: number | null;
  health: HealthFacts;
  kid: string;
  signature: Uint8Array;
}

const TAG = /^[A-Z][A-Z0-9]{0,15}$/;
const KID = /^[A-Za-z0-9_-]{11}$/;
const POSITIONAL_COUNT = 4;

function parseVaccination(value: string): VaccinationFact | null {
  const m = /^([1-9]),([1-9]),(\d{8}),([A-Z0-9]{1,8})$/.exec(value);
  if (!m) return null;
  const lastDoseAt = parseVnDate(m[3]!);
  if (lastDoseAt === null) return null;
  return { dose: +m[1]!, of: +m[2]!, lastDoseAt, product: m[4]! };
}

function parseTest(value: string): TestFact | null {
  const m = /^([NP]),(\d{8}T\d{4}Z),(PCR|RAT)$/.exec(value);
  if (!m) return null;
  const sampledAt = parseQrTime(m[2]!);
  if (sampledAt === null) return null;
  return { positive: m[1] === 'P', sampledAt, type: m[3] as 'PCR' | 'RAT' };
}

function parseSig(value: string): { kid: string; signature: Uint8Array } | null {
  const comma = value.indexOf(',');
  if (comma < 0) return null;
  const kid = value.slice(0, comma);
  const sig = value.slice(comma + 1);
  // Exactly 86 characters: a padded or truncated signature is malformed, not merely invalid.
  if (!KID.test(kid) || sig.length !== 86) return null;
  const signature = decodeB64uExact(sig, 64);
  return signature ? { kid, signature } : null;
}

/** `elements` is EXT split on `<`; returns null when the signed grammar is broken. */
export function parseSignedExtension(elements: string[]): SignedExtension | null {
  if (elements.length < POSITIONAL_COUNT + 2) return null; // four positional, IAT, SIG
  for (let i = 0; i < POSITIONAL_COUNT; i++) if (elements[i]!.includes('=')) return null;

  const tags = new Map<string, string>();
  for (let i = POSITIONAL_COUNT; i < elements.length; i++) {
    const element = elements[i]!;
    const eq = element.indexOf('=');
    if (eq < 0) return null;
    const tag = element.slice(0, eq);
    if (!TAG.test(tag) || tags.has(tag)) return null;
    if (tag === 'SIG' && i !== elements.length - 1) return null;
    tags.set(tag, element.slice(eq + 1));
  }

  const sig = parseSig(tags.get('SIG') ?? '');
  const iatText = tags.get('IAT');
  const issuedAt = iatText === undefined ? null : parseQrTime(iatText);
  if (!sig || issuedAt === null) return null;

  let expiresAt: number | null = null;
  const health: HealthFacts = {
    vaccination: null,
    test: null,
    recoveredFrom: null,
    recoveryWindow: null,
  };
  for (const [tag, value] of tags) {
    if (tag === 'EXP') {
      expiresAt = parseQrTime(value);
      if (expiresAt === null) return null;
    } else if (tag === 'V') {
      health.vaccination = parseVaccination(value);
      if (!health.vaccination) return null;
    } else if (tag === 'T') {
      health.test = parseTest(value);
      if (!health.test) return null;
    } else if (tag === 'R') {
      health.recoveredFrom = parseVnDate(value);
      if (health.recoveredFrom === null) return null;
    }
    // Unknown tags are covered by the signature and otherwise ignored.
  }
  return { issuedAt, expiresAt, health, kid: sig.kid, signature: sig.signature };
}
