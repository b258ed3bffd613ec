// What the tracing and erasure forms turn a person's identifiers into: the raw pass ids a
// kiosk may have recorded (before pseudonymisation), and a masked description for the audit.
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { encodeB64u, utf8 } from '../../../src/core';
import { dccPassId, icaoName, personIdentifiers } from '../../../server/privacy/person-identifiers';

describe('person identifiers', () => {
  it('makes the DCC holder identity of eu-dcc.md §3 from fnt, gnt and dob', () => {
    const expected = `dcc:${encodeB64u(sha256(utf8('NGUYEN|VAN<AN|1990-02-03')).subarray(0, 16))}`;
    expect(dccPassId('NGUYEN', 'VAN<AN', '1990-02-03')).toBe(expected);
    expect(dccPassId('NGUYEN', '', '')).toBe(
      `dcc:${encodeB64u(sha256(utf8('NGUYEN||')).subarray(0, 16))}`,
    );
  });

  it('writes names as DCC issuers standardise them (ICAO 9303)', () => {
    expect(icaoName('Nguyễn')).toBe('NGUYEN');
    expect(icaoName(' Văn  An ')).toBe('VAN<AN');
    expect(icaoName('Đặng Thị-Hồng')).toBe('DANG<THI<HONG');
    expect(icaoName('O’Brien')).toBe('OBRIEN');
  });

  it('turns a CCCD number into the chip-card and the typed identity, and masks it', () => {
    const r = personIdentifiers({ cccd: '001 093 029 317' });
    expect(r).toEqual({
      ok: true,
      value: {
        passIds: ['cccd:001093029317', 'manual:001093029317'],
        described: ['cccd ********9317'],
      },
    });
  });

  it('reads a QID, another ID and a DCC holder together; describes none in full', () => {
    const r = personIdentifiers({
      qid: 'ab12',
      otherId: 'b 1234567',
      dccFamily: 'Nguyễn',
      dccGiven: 'Văn An',
      dccBirth: '1990-02-03',
    });
    if (!r.ok) throw new Error(r.problem);
    expect(r.value.passIds).toEqual([
      'qid:ab12',
      'qid:AB12',
      'manual:B1234567',
      'manual:b1234567',
      dccPassId('NGUYEN', 'VAN<AN', '1990-02-03'),
    ]);
    expect(r.value.described.join(' ')).not.toMatch(/1234567|ab12|NGUYEN/);
  });

  it('says what is wrong with a bad identifier, and refuses an empty form', () => {
    expect(personIdentifiers({})).toEqual({ ok: false, problem: 'NOTHING_GIVEN' });
    expect(personIdentifiers({ cccd: '12345' })).toEqual({ ok: false, problem: 'CCCD_INVALID' });
    expect(personIdentifiers({ qid: 'ab!' })).toEqual({ ok: false, problem: 'QID_INVALID' });
    expect(personIdentifiers({ otherId: '<script>' })).toEqual({
      ok: false,
      problem: 'ID_INVALID',
    });
    expect(personIdentifiers({ dccGiven: 'An' })).toEqual({ ok: false, problem: 'DCC_INVALID' });
    expect(personIdentifiers({ dccFamily: 'X', dccBirth: '3 Feb 1990' })).toEqual({
      ok: false,
      problem: 'DCC_INVALID',
    });
  });
});
