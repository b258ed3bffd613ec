// Issues a signed EU DCC as an issuing authority does (eu-dcc.md): the certificate (schema
// 1.3), CWT claims, COSE_Sign1 signed by a DSC, ZLIB, Base45, `HC1:`. For the demo page and
// the tests; the kiosk only ever reads these.
import { encode, Tagged } from 'cborg';
import { zlibSync } from 'fflate';
import { sigStructure } from '../../core/formats/dcc/cose-sign1';
import { toSignedName } from '../personal-code';
import { encodeBase45 } from './base45-encode';
import type { DccSigningKey } from './signing-key';
import { issuerSubtle } from './webcrypto';

const COVID_19 = '840539006';
const TEST_TYPES = { PCR: 'LP6464-4', RAT: 'LP217198-3' } as const;
const TEST_RESULTS = { negative: '260415000', positive: '260373001' } as const;
const SIGN = {
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  PS256: { name: 'RSA-PSS', saltLength: 32 },
} as const;
const COSE_ALG = { ES256: -7, PS256: -37 } as const;

export interface DccHolder {
  /** As written in the passport, diacritics and all: `Nguyễn`. */
  familyName: string;
  givenName?: string;
  /** `YYYY-MM-DD` (or `YYYY`, `YYYY-MM`). */
  dob: string;
}

export type DccEntryFields =
  | { type: 'v'; dose: number; of: number; date: string; product?: string; disease?: string }
  | {
      type: 't';
      result: 'negative' | 'positive';
      test: 'PCR' | 'RAT';
      /** Epoch ms. */
      sampledAt: number;
      disease?: string;
    }
  | { type: 'r'; firstPositive: string; validFrom: string; validUntil: string; disease?: string };

export interface DccContent {
  holder: DccHolder;
  /** One or more entries of one kind. */
  entries: DccEntryFields[];
  /** Epoch ms; written as whole seconds. */
  issuedAt: number;
  expiresAt: number;
  /** CWT `iss`; the signing key's country by default. */
  country?: string;
  /** Certificate identifiers, one per entry; random UVCIs by default. */
  ids?: string[];
}

/** ICAO 9303 style: `Nguyễn Văn An` → `NGUYEN<VAN<AN`. */
export function standardisedName(name: string): string {
  return toSignedName(name)
    .replace(/[^A-Z ]/g, '')
    .trim()
    .replace(/ +/g, '<');
}

function randomUvci(country: string): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const random = crypto.getRandomValues(new Uint8Array(24));
  return `URN:UVCI:01:${country}:${Array.from(random, (b) => alphabet[b % 36]).join('')}`;
}

function entryMap(e: DccEntryFields, ci: string, country: string): Map<string, unknown> {
  const common: [string, unknown][] = [
    ['tg', e.disease ?? COVID_19],
    ['co', country],
    ['is', 'Demo issuer'],
    ['ci', ci],
  ];
  if (e.type === 'v')
    return new Map<string, unknown>([
      ...common,
      ['vp', '1119349007'],
      ['mp', e.product ?? 'EU/1/20/1528'],
      ['ma', 'ORG-100030215'],
      ['dn', e.dose],
      ['sd', e.of],
      ['dt', e.date],
    ]);
  if (e.type === 't')
    return new Map<string, unknown>([
      ...common,
      ['tt', TEST_TYPES[e.test]],
      ['sc', new Date(e.sampledAt).toISOString().replace(/\.\d{3}Z$/, 'Z')],
      ['tr', TEST_RESULTS[e.result]],
      ['tc', 'Demo test centre'],
    ]);
  return new Map<string, unknown>([
    ...common,
    ['fr', e.firstPositive],
    ['df', e.validFrom],
    ['du', e.validUntil],
  ]);
}

/** The CWT claims of a DCC: iss, iat, exp and the certificate under -260 / 1. */
export function dccClaims(content: DccContent, country: string): Map<number, unknown> {
  const { holder, entries } = content;
  const type = entries[0]?.type;
  if (!type || entries.some((e) => e.type !== type))
    throw new Error('a DCC holds one or more entries of one kind');
  const name = new Map<string, string>([
    ['fn', holder.familyName],
    ['fnt', standardisedName(holder.familyName)],
  ]);
  if (holder.givenName) {
    name.set('gn', holder.givenName);
    name.set('gnt', standardisedName(holder.givenName));
  }
  const dcc = new Map<string, unknown>([
    ['ver', '1.3.0'],
    ['nam', name],
    ['dob', holder.dob],
    [type, entries.map((e, i) => entryMap(e, content.ids?.[i] ?? randomUvci(country), country))],
  ]);
  return new Map<number, unknown>([
    [1, country],
    [4, Math.floor(content.expiresAt / 1000)],
    [6, Math.floor(content.issuedAt / 1000)],
    [-260, new Map([[1, dcc]])],
  ]);
}

/** COSE_Sign1 (tag 18) over `payload`: alg and kid in the protected header. */
export async function signCose(payload: Uint8Array, key: DccSigningKey): Promise<Uint8Array> {
  const protectedBytes = encode(
    new Map<number, unknown>([
      [1, COSE_ALG[key.alg]],
      [4, key.kid],
    ]),
  );
  const signature = new Uint8Array(
    await issuerSubtle().sign(SIGN[key.alg], key.privateKey, sigStructure(protectedBytes, payload)),
  );
  return encode(new Tagged(18, [protectedBytes, new Map(), payload, signature]));
}

/** `HC1:` + Base45 of the ZLIB of a COSE message. */
export function hc1Text(cose: Uint8Array): string {
  return `HC1:${encodeBase45(zlibSync(cose, { level: 9 }))}`;
}

/** A signed DCC's QR text. */
export async function issueDcc(content: DccContent, key: DccSigningKey): Promise<string> {
  const claims = dccClaims(content, content.country ?? key.country);
  return hc1Text(await signCose(encode(claims), key));
}
