// The EU Digital COVID Certificate (eu-dcc.md): `HC1:` + Base45 → ZLIB → COSE_Sign1 → CWT →
// DCC. One more format adapter: it yields the same identity and health facts as the others,
// plus a COSE proof for the signature checks. The whole text is decoded before any signature
// check, so a text that does not decode is FORMAT_MALFORMED whatever its signature.
// Loaded lazily by the kiosk (formats/read-code-lazily.ts): most doors never see a DCC.
import { encodeB64u } from '../../b64u';
import { displayText } from '../../text';
import type { CodeReading, FormatAdapter } from '../facts';
import { DCC_PREFIX } from '../scanned-text';
import { decodeBase45 } from './base45';
import { decodeCbor, field, isMap, isText, numberOf } from './cbor';
import { readCertificate } from './certificate';
import { readCoseSign1 } from './cose-sign1';
import { inflateZlib } from './zlib-inflate';

const CLAIM_ISS = 1;
const CLAIM_EXP = 4;
const CLAIM_IAT = 6;
const CLAIM_HCERT = -260;
const HCERT_DCC = 1;

const MALFORMED: CodeReading = { kind: 'malformed', format: 'dcc', identity: null };

export const dccAdapter: FormatAdapter = {
  read(text: string): CodeReading | null {
    if (!text.startsWith(DCC_PREFIX)) return null;
    const compressed = decodeBase45(text.slice(DCC_PREFIX.length));
    const cose = compressed && inflateZlib(compressed);
    const message = cose && readCoseSign1(cose);
    if (!message) return MALFORMED;

    const claims = decodeCbor(message.payload);
    if (!isMap(claims)) return MALFORMED;
    const iat = numberOf(field(claims, CLAIM_IAT));
    const exp = numberOf(field(claims, CLAIM_EXP));
    const hcert = field(claims, CLAIM_HCERT);
    const certificate = readCertificate(isMap(hcert) ? field(hcert, HCERT_DCC) : undefined);
    if (iat === null || exp === null || !certificate) return MALFORMED;
    const iss = field(claims, CLAIM_ISS);

    return {
      kind: 'read',
      format: 'dcc',
      identity: certificate.identity,
      health: certificate.health,
      proof: {
        scheme: 'cose',
        alg: message.alg,
        kid: encodeB64u(message.kid),
        signature: message.signature,
        signedBytes: message.signedBytes,
        issuedAt: iat * 1000,
        // Still valid at its exp second (eu-dcc.md §3): expired only after it.
        expiresAt: Math.floor(exp * 1000) + 1,
        certificateType: certificate.type,
        passHashes: certificate.passHashes,
      },
      details: {
        kind: 'dcc',
        country: isText(iss) ? displayText(iss, 20) : '',
        certificate: certificate.facts,
        entries: certificate.entries,
      },
    };
  },
};
