// Distinct codes for the soak: every one a different person (own QID and ID number), so each
// scan is a new entry and never a duplicate. Eight in ten are signed, so Ed25519 verification
// runs on most scans; the rest are legacy unsigned 1405 codes and chip ID cards.
import {
  issueSignedCode,
  unsignedText,
  type PersonFields,
} from '../../../src/issuer/personal-code';
import type { VerdictTone } from '../../../src/kiosk/verdict-tone';
import { issuerKey } from '../../support/world';

const DAY_MS = 86_400_000;
const ymd = (ms: number) =>
  new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
const qrTime = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 13) + 'Z';

export interface SoakCode {
  text: string;
  /** The verdict screen's tone this code must get under the default venue policy. */
  tone: VerdictTone;
}

function person(i: number): PersonFields {
  const n = String(i).padStart(8, '0');
  return {
    documentNumber: `0019${n}`,
    name: 'NGUYEN VAN AN',
    birthDate: '1990-01-01',
    declaredBy: '0',
    qid: `55${n}`,
    gender: '1',
  };
}

export function soakCode(i: number, now: number): SoakCode {
  const p = person(i);
  const issuedAt = now - 2 * DAY_MS;
  switch (i % 10) {
    case 7:
      return { text: unsignedText(p), tone: 'review' };
    case 8:
      return {
        text: `${p.documentNumber}|012345678|Nguyễn Văn An|01011990|Nam|Hà Nội|15042021`,
        tone: 'review',
      };
    case 9: {
      // Signed, then one letter of the name changed: the signature check must catch it.
      const signed = issueSignedCode(
        p,
        { issuedAt, vaccination: `2,2,${ymd(now - 60 * DAY_MS)},AZ` },
        issuerKey,
      );
      return { text: signed.replace('NGUYEN VAN AN', 'NGUYEN VAN AM'), tone: 'deny' };
    }
    case 3:
      return {
        text: issueSignedCode(p, { issuedAt, test: `P,${qrTime(now - DAY_MS)},RAT` }, issuerKey),
        tone: 'deny',
      };
    case 5:
      return {
        text: issueSignedCode(
          p,
          { issuedAt, test: `N,${qrTime(now - 10 * 3_600_000)},PCR` },
          issuerKey,
        ),
        tone: 'admit',
      };
    default:
      return {
        text: issueSignedCode(
          p,
          { issuedAt, vaccination: `2,2,${ymd(now - 60 * DAY_MS)},AZ` },
          issuerKey,
        ),
        tone: 'admit',
      };
  }
}

/** Codes `from` … `from + count − 1`. */
export function soakCodes(from: number, count: number, now = Date.now()): SoakCode[] {
  return Array.from({ length: count }, (_, k) => soakCode(from + k, now));
}
