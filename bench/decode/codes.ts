// The texts of the decode corpus: signed 1405 codes of QR versions 10–15 (every real signed
// code is in that range), made with the fixture issuer key so that they verify.
import QRCode from 'qrcode';
import { issueSignedCode } from '../../src/issuer/personal-code';
import { issuerKey } from '../../test/support/world';

const NAMES = [
  'NGUYEN VAN AN',
  'TRAN THI BICH NGOC',
  'LE HOANG PHUONG THAO',
  'PHAM QUOC VIET',
  'HOANG MAI ANH',
  'VO THI KIM LIEN',
];

/** Versions 10–15 cycle; about four codes per version, the same on every run. */
export function corpusTexts(count = 24): string[] {
  const issuedAt = Date.parse('2026-01-15T03:00:00Z');
  const texts: string[] = [];
  for (let i = 0; texts.length < count && i < 400; i++) {
    const wantVersion = 10 + (texts.length % 6);
    const n = String(10000 + i);
    const person = {
      documentNumber: `0010930${n}`,
      name: NAMES[i % NAMES.length]!,
      birthDate: '1988-04-12',
      declaredBy: '0' as const,
      qid: `16297938858617${n}`,
      gender: '1' as const,
      insuranceNumber: `HS40101208${n}`,
      phone: `09447${n}`,
    };
    // Extra signed tags (a vaccination history, as issuers add) grow the code to the version.
    for (let pad = 0; pad < 260; pad += 6) {
      const extra: Record<string, string> = pad
        ? { H: '2,2,20250101,AZ;'.repeat(Math.ceil(pad / 16)).slice(0, pad) }
        : {};
      const text = issueSignedCode(
        person,
        { issuedAt, vaccination: '2,2,20251101,AZ', extra },
        issuerKey,
      );
      const version = QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
      if (version === wantVersion) {
        texts.push(text);
        break;
      }
      if (version > wantVersion) break;
    }
  }
  return texts;
}
