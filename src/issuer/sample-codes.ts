// A labelled set of codes covering every outcome the door can see: for the demo page of
// `npm start`, the end-to-end tests and the property tests. Dates are relative to `now`.
import { DAY_MS, HOUR_MS } from '../core/times';
import { issueSignedCode, unsignedText, type PersonFields } from './personal-code';
import type { KeyPair } from './keys';

export type SampleKind =
  'green' | 'yellow' | 'red' | 'tampered' | 'expired' | 'unsigned' | 'cccd' | 'can-cuoc';

export interface SampleCode {
  kind: SampleKind;
  /** What a tester should see, in Vietnamese then English. */
  label: string;
  text: string;
}

const ymd = (ms: number) => new Date(ms + 7 * HOUR_MS).toISOString().slice(0, 10).replace(/-/g, '');
const qrTime = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 13) + 'Z';

function person(name: string, qid: string, id = '001093029317'): PersonFields {
  return {
    documentNumber: id,
    name,
    birthDate: '1987-01-18',
    declaredBy: '0',
    qid,
    gender: '1',
    insuranceNumber: 'HS4010120878821',
    phone: '0944713700',
  };
}

export function sampleCodes(issuer: KeyPair, now: number): SampleCode[] {
  const issuedAt = now - 2 * DAY_MS;
  const green = issueSignedCode(
    person('NGUYEN LE KHA HAN', '162979388586171100'),
    { issuedAt, vaccination: `2,2,${ymd(now - 60 * DAY_MS)},AZ` },
    issuer,
  );
  const yellow = issueSignedCode(
    person('TRAN VAN BINH', '162979388586171101', '001087001234'),
    { issuedAt, test: `N,${qrTime(now - 20 * HOUR_MS)},PCR` },
    issuer,
  );
  const red = issueSignedCode(
    person('LE THI HOA', '162979388586171102', '001190004321'),
    { issuedAt, test: `P,${qrTime(now - 2 * DAY_MS)},RAT` },
    issuer,
  );
  const expired = issueSignedCode(
    person('PHAM QUOC VIET', '162979388586171103', '001075009876'),
    {
      issuedAt: now - 30 * DAY_MS,
      expiresAt: now - DAY_MS,
      vaccination: `2,2,${ymd(now - 90 * DAY_MS)},PF`,
    },
    issuer,
  );
  // The same green pass with the name changed after signing.
  const tampered = green.replace('NGUYEN LE KHA HAN', 'NGUYEN LE KHA HAO');
  const unsigned = unsignedText(person('HOANG MAI ANH', '162979388586171104', '001095005555'));
  const cccd =
    '001093029317|012345678|Nguyễn Lê Kha Hân|18011987|Nữ|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15042021';
  // The Căn cước card issued since 1 July 2024: seven fields and four more, often empty.
  const canCuoc =
    '093186002237|362499103|Nguyễn Thị Kim Thư|11011986|Nữ|56 Trần Hoàng Na, Cần Thơ|04102024||||';
  return [
    { kind: 'green', label: 'Tiêm đủ liều — Fully vaccinated', text: green },
    { kind: 'yellow', label: 'Xét nghiệm âm tính — Negative test', text: yellow },
    { kind: 'red', label: 'Dương tính — Positive test', text: red },
    { kind: 'tampered', label: 'Bị sửa sau khi ký — Tampered', text: tampered },
    { kind: 'expired', label: 'Hết hạn — Expired pass', text: expired },
    { kind: 'unsigned', label: 'Mã cũ không chữ ký — Legacy unsigned', text: unsigned },
    { kind: 'cccd', label: 'Căn cước công dân gắn chip — Chip ID card', text: cccd },
    { kind: 'can-cuoc', label: 'Căn cước (từ 1/7/2024) — ID card since 2024', text: canCuoc },
  ];
}
