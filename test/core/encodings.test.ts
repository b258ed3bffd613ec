import { describe, expect, it } from 'vitest';
import {
  decodeB64u,
  decodeB64uExact,
  displayText,
  encodeB64u,
  maskId,
  parseIsoInstant,
  parseQrTime,
  parseVnDate,
} from '../../src/core';
import { rng } from '../support/mutate';

describe('b64u (spec §1)', () => {
  it('round-trips every length and matches Node base64url', () => {
    const r = rng(1);
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
      const text = encodeB64u(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodeB64u(text)).toEqual(bytes);
    }
  });
  it('refuses padding, foreign characters and non-zero trailing bits', () => {
    expect(decodeB64u('AA==')).toBeNull();
    expect(decodeB64u('A+8')).toBeNull();
    expect(decodeB64u('A/8')).toBeNull();
    expect(decodeB64u('AB')).toBeNull(); // 'B' leaves a 1 in the four trailing bits
    expect(decodeB64u('AQ')).toEqual(Uint8Array.of(1));
    expect(decodeB64u('A')).toBeNull();
    expect(decodeB64u('Ữ')).toBeNull();
    expect(decodeB64uExact('AQ', 2)).toBeNull();
  });
});

describe('dates and times (spec §1)', () => {
  it('starts a date at midnight in Vietnam (UTC+7)', () => {
    expect(parseVnDate('20211005')).toBe(Date.parse('2021-10-04T17:00:00Z'));
  });
  it('refuses impossible dates and times', () => {
    for (const bad of ['20210931', '20210229', '2021100', '2021-10-05', '20211305'])
      expect(parseVnDate(bad)).toBeNull();
    for (const bad of ['20211005T2400Z', '20211005T0360Z', '20211005T0300', '20211005T030Z'])
      expect(parseQrTime(bad)).toBeNull();
    expect(parseVnDate('20200229')).not.toBeNull();
  });
  it('reads bundle instants only with an explicit zone', () => {
    expect(parseIsoInstant('2021-10-01T00:00:00Z')).toBe(Date.parse('2021-10-01T00:00:00Z'));
    expect(parseIsoInstant('2021-10-01T07:00:00+07:00')).toBe(Date.parse('2021-10-01T00:00:00Z'));
    expect(parseIsoInstant('2021-10-01T00:00:00')).toBeNull();
    expect(parseIsoInstant('2021-02-30T00:00:00Z')).toBeNull();
    expect(parseIsoInstant(12)).toBeNull();
  });
});

describe('display text', () => {
  it('removes control and bidi-override characters and caps the length', () => {
    expect(displayText('NGUYEN\u202eNAV\u0000 AN\u200f')).toBe('NGUYENNAV AN');
    expect(displayText('a\u2066b\u2069c\u061c')).toBe('abc');
    expect(Array.from(displayText('Ữ'.repeat(100_000))).length).toBe(80);
    expect(displayText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>'); // inert text; the UI never parses it as HTML
  });
  it('keeps Vietnamese letters, composed', () => {
    expect(displayText('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });
  it('masks all but the last four characters of an ID', () => {
    expect(maskId('001093029317')).toBe('********9317');
    expect(maskId('******029317')).toBe('********9317');
    expect(maskId('123')).toBe('***');
  });
});

describe('ids and masked names', () => {
  it('makes time-ordered, unique UUIDv7s', async () => {
    const { uuidv7, UUID_V7 } = await import('../../src/core');
    const ids = Array.from({ length: 5000 }, () => uuidv7());
    expect(new Set(ids).size).toBe(5000);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(UUID_V7);
    expect(uuidv7(Date.parse('2030-01-01T00:00:00Z')) > ids[0]!).toBe(true);
  });
  it('masks a name to initials and the given name', async () => {
    const { maskName } = await import('../../src/core');
    expect(maskName('NGUYEN LE KHA HAN')).toBe('N. L. K. HAN');
    expect(maskName('Nguyễn Lê Kha Hân')).toBe('N. L. K. Hân');
    expect(maskName(' \u202e ')).toBe('');
  });
});
