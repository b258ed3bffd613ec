// From what an authority (or an operator handling an erasure request) types about one person
// to the raw pass identities a kiosk may have recorded for them, before pseudonymisation:
//   a CCCD / Căn cước number  → `cccd:<12 digits>` (chip card) and `manual:<digits>` (typed by a guard)
//   a QID                     → `qid:<QID>` (the personal QR of Decision 1405)
//   another ID number         → `manual:<ID, spaces removed, upper case>`
//   a DCC holder              → `dcc:` + b64u(SHA-256(`fnt|gnt|dob`)[0..16]) (eu-dcc.md §3)
// The server then keys each one with every venue's secret (src/core/pseudonym.ts). What is
// kept of the question (the audit log) is only `describe`: the kind and a masked form.
import { createHash } from 'node:crypto';
import { maskId } from '../../src/core';

export interface PersonQuery {
  cccd?: string;
  qid?: string;
  otherId?: string;
  dccFamily?: string;
  dccGiven?: string;
  dccBirth?: string;
}

export interface PersonIdentifiers {
  /** Raw pass identities to pseudonymise; never stored or logged. */
  passIds: string[];
  /** What was asked, masked: `cccd ********9317`, `dcc NGUYEN 1990-…`. */
  described: string[];
}

export type PersonProblem =
  'NOTHING_GIVEN' | 'CCCD_INVALID' | 'QID_INVALID' | 'ID_INVALID' | 'DCC_INVALID';

const compact = (text: string) => text.normalize('NFC').replace(/[\s.-]/g, '');

/**
 * ICAO 9303 machine-readable form, as DCC issuers write `fnt`/`gnt`: letters without marks
 * (Đ → D), upper case, spaces and hyphens as `<`. `Nguyễn Văn An` → `NGUYEN<VAN<AN`.
 */
export function icaoName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .trim()
    .replace(/[\s-]+/g, '<')
    .replace(/[^A-Z<]/g, '');
}

/** The DCC pass identity of eu-dcc.md §3 from the holder's standardised names and birth date. */
export function dccPassId(fnt: string, gnt: string, dob: string): string {
  const digest = createHash('sha256').update(`${fnt}|${gnt}|${dob}`, 'utf8').digest();
  return `dcc:${digest.subarray(0, 16).toString('base64url')}`;
}

const DOB = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function personIdentifiers(
  q: PersonQuery,
): { ok: true; value: PersonIdentifiers } | { ok: false; problem: PersonProblem } {
  const ids = new Set<string>();
  const described: string[] = [];
  const cccd = compact(q.cccd ?? '');
  if (cccd) {
    if (!/^(\d{9}|\d{12})$/.test(cccd)) return { ok: false, problem: 'CCCD_INVALID' };
    if (cccd.length === 12) ids.add(`cccd:${cccd}`);
    ids.add(`manual:${cccd}`);
    described.push(`cccd ${maskId(cccd)}`);
  }
  const qid = compact(q.qid ?? '');
  if (qid) {
    if (!/^[0-9A-Za-z]{1,32}$/.test(qid)) return { ok: false, problem: 'QID_INVALID' };
    ids.add(`qid:${qid}`);
    ids.add(`qid:${qid.toUpperCase()}`);
    described.push(`qid ${maskId(qid)}`);
  }
  const other = (q.otherId ?? '').normalize('NFC').replace(/\s/g, '');
  if (other) {
    if (other.length > 20 || !/^[\p{L}\p{N}/-]+$/u.test(other))
      return { ok: false, problem: 'ID_INVALID' };
    ids.add(`manual:${other.toUpperCase()}`);
    ids.add(`manual:${other}`); // as kiosks before the upper-case rule typed it
    described.push(`id ${maskId(other)}`);
  }
  const family = icaoName(q.dccFamily ?? '');
  const given = icaoName(q.dccGiven ?? '');
  const birth = (q.dccBirth ?? '').trim();
  if (family || given || birth) {
    if (!family || (birth && !DOB.test(birth))) return { ok: false, problem: 'DCC_INVALID' };
    ids.add(dccPassId(family, given, birth));
    described.push(`dcc ${family.slice(0, 1)}… ${birth.slice(0, 4) || '—'}`);
  }
  if (ids.size === 0) return { ok: false, problem: 'NOTHING_GIVEN' };
  return { ok: true, value: { passIds: [...ids], described } };
}
