// The format adapters at their own level (spec §3 and §5 steps 0–1): clean-up, the ID cards
// (chip CCCD and the Căn cước card of 2024) and where the 1405 shape ends.
import { describe, expect, it } from 'vitest';
import { cleanScannedText, readCode } from '../../src/core/formats/read-code';
import { fixtureWorld } from '../support/world';

const CHIP =
  '001093029317|012345678|Nguyễn Lê Kha Hân|18011987|Nữ|Số 1 Tràng Tiền, Hà Nội|15042021';
const CAN_CUOC =
  '093186002237|362499103|Nguyễn Thị Kim Thư|11011986|Nữ|56 Trần Hoàng Na, Cần Thơ|04102024||||';

describe('clean-up (step 0)', () => {
  it('removes one leading byte-order mark and every trailing CR and LF, nothing else', () => {
    expect(cleanScannedText('\ufeffabc\r\n')).toBe('abc');
    expect(cleanScannedText('abc\n\n\r')).toBe('abc');
    expect(cleanScannedText(' abc \t')).toBe(' abc \t');
    expect(cleanScannedText('\ufeff\ufeffabc')).toBe('\ufeffabc');
    expect(cleanScannedText('a\r\nb')).toBe('a\r\nb');
    expect(cleanScannedText('\r\n')).toBe('');
  });
  it('reads a signed code whose text ends in CR/LF as the code it is', () => {
    const green = fixtureWorld().samples.find((s) => s.kind === 'green')!.text;
    const plain = readCode(green);
    const withNewline = readCode(`\ufeff${green}\r\n`);
    expect(withNewline).toEqual(plain);
    expect(plain.kind).toBe('read');
  });
  it('leaves nothing to read in a text of only line ends', () => {
    expect(readCode('\r\n').kind).toBe('unknown');
    expect(readCode('\ufeff').kind).toBe('unknown');
  });
});

describe('ID card QR (spec §3)', () => {
  it('reads the chip CCCD with and without its issue date', () => {
    for (const text of [CHIP, CHIP.slice(0, CHIP.lastIndexOf('|'))]) {
      expect(readCode(text)).toMatchObject({
        kind: 'read',
        format: 'cccd',
        identity: { name: 'Nguyễn Lê Kha Hân', birthYear: 1987, passId: 'cccd:001093029317' },
        health: null,
        proof: null,
        details: { kind: 'id-card', card: 'cccd-chip' },
      });
    }
  });
  it('reads the Căn cước card of 2024 (11 fields), fields 0–6 by position', () => {
    expect(readCode(CAN_CUOC)).toMatchObject({
      kind: 'read',
      format: 'cccd',
      identity: {
        name: 'Nguyễn Thị Kim Thư',
        birthYear: 1986,
        documentNumber: '093186002237',
        passId: 'cccd:093186002237',
      },
      health: null,
      details: { kind: 'id-card', card: 'can-cuoc-2024' },
    });
    const filled = CAN_CUOC.replace(/\|\|\|\|$/, '|a|b|c|d');
    expect(readCode(filled)).toMatchObject({ format: 'cccd', identity: { birthYear: 1986 } });
  });
  it('accepts 6 to 16 fields and nothing outside', () => {
    const base = CAN_CUOC.split('|').slice(0, 7);
    for (let n = 4; n <= 18; n++) {
      const fields = [...base, ...Array<string>(16).fill('')].slice(0, n);
      const reading = readCode(fields.join('|'));
      expect(reading.kind, `${n} fields`).toBe(n >= 6 && n <= 16 ? 'read' : 'unknown');
    }
  });
  it('wants 12 digits first and 8 digits fourth', () => {
    expect(readCode(CAN_CUOC.replace('093186002237', '09318600223')).kind).toBe('unknown');
    expect(readCode(CAN_CUOC.replace('11011986', '1101198')).kind).toBe('unknown');
    expect(readCode(CAN_CUOC.replace('11011986', '1101198x')).kind).toBe('unknown');
  });
  it('reads a 2024 card behind a byte-order mark and with a trailing CR LF', () => {
    expect(readCode(`\ufeff${CAN_CUOC}\r\n`)).toEqual(readCode(CAN_CUOC));
  });
});
