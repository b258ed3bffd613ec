// The DCC itself (eu-dcc.md §3): the holder, and the one kind of entry (`v`, `t` or `r`) that
// decides, mapped onto the health facts of personal-qr.md §2.1. Only the fields the kiosk uses
// are checked; there is no full schema validation.
import { sha256 } from '@noble/hashes/sha2.js';
import { encodeB64u } from '../../b64u';
import { displayText, utf8 } from '../../text';
import { DAY_MS } from '../../times';
import type { CertificateType, DccCertificateFacts } from '../../types';
import type { HealthFacts, IdentityFacts } from '../facts';
import { field, integerOf, isMap, isText, type CborMap } from './cbor';
import { dccDate, sampleTime } from './dcc-times';

/** SNOMED CT 840539006: COVID-19. Another disease proves nothing at this door. */
const COVID_19 = '840539006';
const TEST_TYPES: Record<string, 'PCR' | 'RAT'> = { 'LP6464-4': 'PCR', 'LP217198-3': 'RAT' };
const TEST_RESULTS: Record<string, 'negative' | 'positive'> = {
  '260415000': 'negative',
  '260373001': 'positive',
};
const NO_HEALTH: HealthFacts = {
  vaccination: null,
  test: null,
  recoveredFrom: null,
  recoveryWindow: null,
};

export interface DccCertificate {
  identity: IdentityFacts;
  type: CertificateType;
  health: HealthFacts;
  facts: DccCertificateFacts;
  /** Every entry's pass hash, the deciding entry's first. */
  passHashes: string[];
  entries: number;
}

interface Entry {
  /** The date that orders entries of one kind: `dt`, `sc` or `fr`. */
  at: number;
  health: HealthFacts;
  facts: DccCertificateFacts;
}

const hash16 = (text: string) => encodeB64u(sha256(utf8(text)).subarray(0, 16));
const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
const nonNegative = (v: unknown): number | null => {
  const n = integerOf(v);
  return n !== null && n >= 0 ? n : null;
};

function vaccination(e: CborMap): Entry | null {
  const tg = field(e, 'tg');
  const dose = nonNegative(field(e, 'dn'));
  const of = nonNegative(field(e, 'sd'));
  const date = dccDate(field(e, 'dt'));
  if (!isText(tg) || dose === null || of === null || date === null) return null;
  const mp = field(e, 'mp');
  const product = isText(mp) ? displayText(mp, 40) : '';
  const covid19 = tg === COVID_19;
  const counts = covid19 && dose > 0 && of > 0;
  return {
    at: date,
    health: counts
      ? { ...NO_HEALTH, vaccination: { dose, of, lastDoseAt: date, product } }
      : NO_HEALTH,
    facts: { type: 'vaccination', covid19, dose, of, date, product },
  };
}

function test(e: CborMap): Entry | null {
  const tg = field(e, 'tg');
  const tt = field(e, 'tt');
  const tr = field(e, 'tr');
  const sampledAt = sampleTime(field(e, 'sc'));
  if (!isText(tg) || !isText(tt) || !isText(tr) || sampledAt === null) return null;
  const covid19 = tg === COVID_19;
  const type = own(TEST_TYPES, tt) ?? null;
  const result = own(TEST_RESULTS, tr) ?? null;
  return {
    at: sampledAt,
    health:
      covid19 && type && result
        ? { ...NO_HEALTH, test: { positive: result === 'positive', sampledAt, type } }
        : NO_HEALTH,
    facts: { type: 'test', covid19, result, test: type, sampledAt },
  };
}

function recovery(e: CborMap): Entry | null {
  const tg = field(e, 'tg');
  const fr = dccDate(field(e, 'fr'));
  const df = dccDate(field(e, 'df'));
  const du = dccDate(field(e, 'du'));
  if (!isText(tg) || fr === null || df === null || du === null) return null;
  const covid19 = tg === COVID_19;
  return {
    at: fr,
    health: covid19
      ? { ...NO_HEALTH, recoveredFrom: fr, recoveryWindow: { from: df, until: du + DAY_MS } }
      : NO_HEALTH,
    facts: { type: 'recovery', covid19, firstPositive: fr, validFrom: df, validUntil: du },
  };
}

const READERS: Record<CertificateType, (e: CborMap) => Entry | null> = {
  v: vaccination,
  t: test,
  r: recovery,
};

function holder(dcc: CborMap): IdentityFacts | null {
  const nam = field(dcc, 'nam');
  const fnt = isMap(nam) ? field(nam, 'fnt') : undefined;
  if (!isMap(nam) || !isText(fnt)) return null;
  const gntField = field(nam, 'gnt');
  const dobField = field(dcc, 'dob');
  const gnt = isText(gntField) ? gntField : '';
  const dob = isText(dobField) ? dobField : '';
  const year = /^(\d{4})/.exec(dob);
  return {
    name: [fnt, gnt].filter(Boolean).join(' ').replace(/</g, ' '),
    birthYear: year ? +year[1]! : null,
    documentNumber: '', // a DCC has no ID number
    // The holder, not the certificate: one person shows a new DCC after each dose.
    passId: `dcc:${hash16(`${fnt}|${gnt}|${dob}`)}`,
  };
}

/** The certificate, or null when it breaks what eu-dcc.md §3 requires (FORMAT_MALFORMED). */
export function readCertificate(dcc: unknown): DccCertificate | null {
  if (!isMap(dcc)) return null;
  const identity = holder(dcc);
  if (!identity) return null;
  const present = (['v', 't', 'r'] as const).filter((k) => field(dcc, k) !== undefined);
  if (present.length !== 1) return null;
  const type = present[0]!;
  const list = field(dcc, type);
  if (!Array.isArray(list) || list.length === 0) return null;

  let deciding: { entry: Entry; hash: string } | null = null;
  const hashes: string[] = [];
  for (const item of list as unknown[]) {
    const ci = isMap(item) ? field(item, 'ci') : undefined;
    if (!isMap(item) || !isText(ci)) return null;
    // Every entry must be well formed, whichever decides.
    const entry = READERS[type](item);
    if (!entry) return null;
    const hash = hash16(ci);
    hashes.push(hash);
    // The latest date decides; on a tie, the later entry.
    if (!deciding || entry.at >= deciding.entry.at) deciding = { entry, hash };
  }
  const { entry, hash } = deciding!;
  return {
    identity,
    type,
    health: entry.health,
    facts: entry.facts,
    passHashes: [hash, ...hashes.filter((h) => h !== hash)],
    entries: list.length,
  };
}
