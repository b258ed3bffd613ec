// Builds a signed 1405 personal QR text (spec §2.1): what an issuer platform produces.
import { readCode } from '../core/formats/read-code';
import { formatQrTime } from '../core/times';
import { utf8 } from '../core/text';
import { signB64u, type KeyPair } from './keys';

export interface PersonFields {
  documentNumber: string;
  /** Upper case, no diacritics: `A–Z`, space, `'`, `-`, `.`. */
  name: string;
  /** `YYYY-MM-DD`, month and day may be `**`. */
  birthDate: string;
  declaredBy: '0' | '1';
  qid: string;
  proxyQid?: string;
  gender?: '' | '0' | '1' | '2';
  insuranceNumber?: string;
  phone?: string;
}

export interface HealthElements {
  issuedAt: number;
  expiresAt?: number;
  /** `dose,of,YYYYMMDD,PRODUCT` */
  vaccination?: string;
  /** `N|P,YYYYMMDDTHHMMZ,PCR|RAT` */
  test?: string;
  /** `YYYYMMDD` */
  recovered?: string;
  /** Further tags, covered by the signature. */
  extra?: Record<string, string>;
}

/** Strips diacritics so a name typed in Vietnamese fits the signed-name alphabet. */
export function toSignedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function unsignedText(person: PersonFields): string {
  const ext = [
    person.proxyQid ?? '',
    person.gender ?? '',
    person.insuranceNumber ?? '',
    person.phone ?? '',
  ];
  return [
    person.documentNumber,
    person.name,
    person.birthDate,
    person.declaredBy,
    person.qid,
    ext.join('<'),
  ].join('|');
}

/** Returns the signed text, or throws with a reason when the result would not be a valid code. */
export function issueSignedCode(
  person: PersonFields,
  health: HealthElements,
  key: KeyPair,
): string {
  const tags: [string, string][] = [['IAT', formatQrTime(health.issuedAt)]];
  if (health.expiresAt !== undefined) tags.push(['EXP', formatQrTime(health.expiresAt)]);
  if (health.vaccination) tags.push(['V', health.vaccination]);
  if (health.test) tags.push(['T', health.test]);
  if (health.recovered) tags.push(['R', health.recovered]);
  for (const [tag, value] of Object.entries(health.extra ?? {})) tags.push([tag, value]);

  const body = unsignedText(person) + tags.map(([t, v]) => `<${t}=${v}`).join('');
  const text = `${body}<SIG=${key.kid},${signB64u(utf8(body), key.secretKey)}`;
  const reading = readCode(text);
  if (reading.kind !== 'read' || reading.format !== 'pqr-signed') {
    throw new Error(
      'the fields do not make a valid signed code (spec §2.1): check name, dates and elements',
    );
  }
  return text;
}
