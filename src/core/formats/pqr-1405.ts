// The Decision 1405 personal QR (spec §2): `SoGiayTo|HoTen|NgaySinh|LoaiDinhDanh|QID|EXT`.
// One adapter for both spellings: signed (an Ed25519 SIG element) and legacy unsigned.
import { utf8 } from '../text';
import type { CodeReading, FormatAdapter, IdentityFacts } from './facts';
import { parseSignedExtension } from './signed-extension';

const QID = /^[0-9A-Za-z]{1,32}$/;
const SIGNED_NAME = /^[A-Z '.-]{1,80}$/;
/** CCCD, CMND or passport number; up to six leading characters may be masked. */
const DOCUMENT = /^(?=.{1,20}$)\*{0,6}[0-9A-Z]+$/;
const BIRTH_DATE = /^(\d{4})-(\d{2}|\*\*)-(\d{2}|\*\*)$/;
const PROXY_QID = /^[0-9A-Za-z]{0,32}$/;
const GENDER = /^[012]?$/;

function birthYearOf(text: string): number | null {
  const m = /^(\d{4})-/.exec(text);
  return m ? +m[1]! : null;
}

function validBirthDate(text: string): boolean {
  const m = BIRTH_DATE.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === '**') return d === '**';
  if (+mo! < 1 || +mo! > 12) return false;
  if (d === '**') return true;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!));
  return date.getUTCMonth() === +mo! - 1 && date.getUTCDate() === +d!;
}

function identityOf(fields: string[]): IdentityFacts {
  const qid = fields[4]!;
  return {
    name: fields[1]!,
    birthYear: birthYearOf(fields[2]!),
    documentNumber: fields[0]!,
    passId: QID.test(qid) ? `qid:${qid}` : null,
  };
}

/** Fields that a signed code must get exactly right, beyond its extension. */
function signedFieldsValid(fields: string[], ext: string[]): boolean {
  return (
    DOCUMENT.test(fields[0]!) &&
    SIGNED_NAME.test(fields[1]!) &&
    !fields[1]!.includes('  ') &&
    fields[1] === fields[1]!.trim() &&
    validBirthDate(fields[2]!) &&
    QID.test(fields[4]!) &&
    PROXY_QID.test(ext[0]!) &&
    GENDER.test(ext[1]!)
  );
}

export const pqr1405Adapter: FormatAdapter = {
  read(text: string): CodeReading | null {
    const fields = text.split('|');
    if (fields.length !== 6 || (fields[3] !== '0' && fields[3] !== '1')) return null;
    const identity = identityOf(fields);
    const ext = fields[5]!.split('<');
    const signed = ext.some((element) => element.startsWith('SIG='));
    if (!signed) {
      return { kind: 'read', format: 'pqr-unsigned', identity, health: null, proof: null };
    }

    const parsed = parseSignedExtension(ext);
    if (!parsed || !signedFieldsValid(fields, ext)) {
      return { kind: 'malformed', format: 'pqr-signed', identity };
    }
    // Signed bytes: everything before the '<' that starts the SIG element, which is last.
    const sigStart = text.lastIndexOf('<SIG=');
    return {
      kind: 'read',
      format: 'pqr-signed',
      identity,
      health: parsed.health,
      proof: {
        scheme: 'ed25519',
        kid: parsed.kid,
        signature: parsed.signature,
        signedBytes: utf8(text.slice(0, sigStart)),
        issuedAt: parsed.issuedAt,
        expiresAt: parsed.expiresAt,
      },
    };
  },
};
