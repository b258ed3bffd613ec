// A DCC's certificate in the guard's words (src/ui/kiosk/dcc-words.ts, through the verdict
// view): real samples signed by a demo DSC and verified by the core, read in Vietnamese and
// English; days and sample times in Vietnam time; nothing claimed by an unverified code.
import { beforeAll, describe, expect, it } from 'vitest';
import { createNobleVerifier, DEFAULT_POLICY, verifyCode, type CheckResult } from '../../src/core';
import type { Entry } from '../../src/model';
import { en } from '../../src/ui/i18n/en';
import { vi } from '../../src/ui/i18n/vi';
import { countryName } from '../../src/ui/i18n/country-name';
import { dccWords, vietnamTime } from '../../src/ui/kiosk/dcc-words';
import { verdictView } from '../../src/ui/kiosk/verdict-view';
import { claimsOf, dccWorld, sealClaims, type DccWorld } from '../support/dcc-world';

let w: DccWorld;
beforeAll(async () => {
  w = await dccWorld();
});

const verifier = createNobleVerifier();
const check = (text: string): Promise<CheckResult> =>
  verifyCode(text, { bundle: w.bundle, policy: DEFAULT_POLICY, now: w.now, verifier });
const sample = (kind: string) => check(w.samples.find((s) => s.kind === kind)!.text);
const entry = { id: 'e', at: 1000, direction: 'in' } as Entry;
const view = (result: CheckResult, s = vi) =>
  verdictView({ kind: 'logged', result, entry, saved: true }, s, w.now);

describe('DCC words', () => {
  it('says each certificate type with its date, in Vietnamese and English', async () => {
    // DCC_NOW is 2022-03-15 10:00 in Vietnam; the samples' dates are relative to it.
    expect(dccWords(await sample('vaccinated'), vi)).toEqual({
      certificate: 'Tiêm chủng 2/2, ngày 14/01/2022',
      country: 'Nơi cấp: Việt Nam (VN)',
    });
    expect(dccWords(await sample('vaccinated'), en)).toEqual({
      certificate: 'Vaccination 2/2, on 2022-01-14',
      country: 'Issued by: Vietnam (VN)',
    });
    expect(dccWords(await sample('booster'), vi)?.certificate).toBe(
      'Tiêm chủng 3/2 (mũi nhắc), ngày 13/02/2022',
    );
    expect(dccWords(await sample('booster'), en)?.certificate).toBe(
      'Vaccination 3/2 (booster), on 2022-02-13',
    );
    // Sampled six hours before 10:00 Vietnam time.
    expect(dccWords(await sample('negative-test'), vi)?.certificate).toBe(
      'Xét nghiệm âm tính RAT, lấy mẫu lúc 04:00 ngày 15/03/2022',
    );
    expect(dccWords(await sample('negative-test'), en)?.certificate).toBe(
      'Negative RAT test, sampled at 04:00 on 2022-03-15',
    );
    // `du` is the last valid day.
    expect(dccWords(await sample('recovered'), vi)?.certificate).toBe(
      'Khỏi bệnh, hiệu lực đến 02/08/2022',
    );
    expect(dccWords(await sample('recovered'), en)?.certificate).toBe(
      'Recovered, valid until 2022-08-02',
    );
  });

  it('puts the words on the verdict view with the same colours, and in its announcement', async () => {
    const v = view(await sample('negative-test'));
    expect(v).toMatchObject({
      tone: 'admit',
      colorLabel: 'Thẻ vàng',
      formatLabel: 'Chứng nhận COVID-19 (EU DCC)',
      certificate: 'Xét nghiệm âm tính RAT, lấy mẫu lúc 04:00 ngày 15/03/2022',
      country: 'Nơi cấp: Việt Nam (VN)',
      name: 'TRAN THI BINH',
    });
    expect(v.announcement).toContain('Xét nghiệm âm tính RAT');
    // An expired certificate is still named: its signature held.
    expect(view(await sample('expired'))).toMatchObject({
      tone: 'deny',
      certificate: 'Tiêm chủng 2/2, ngày 19/01/2021',
    });
  });

  it('shows nothing a code claims when its signature was not checked', async () => {
    const v = view(await sample('wrong-signer'));
    expect(v.nameUnverified).toBe(true);
    expect(v.certificate).toBeNull();
    expect(v.country).toBeNull();
  });

  it('gives no words for other codes, or a DCC that could not be read', async () => {
    expect(dccWords(await check('HC1:NOT-BASE45!'), vi)).toBeNull();
    expect(view(await check('hello')).certificate).toBeNull();
  });

  it('reads positive, unknown and other-disease entries plainly', async () => {
    const positive = claimsOf({
      entries: [{ type: 't', result: 'positive', test: 'PCR', sampledAt: w.now - 3_600_000 }],
    });
    expect(dccWords(await check(await sealClaims(positive.claims, w.es256)), vi)?.certificate).toBe(
      'Xét nghiệm dương tính PCR, lấy mẫu lúc 09:00 ngày 15/03/2022',
    );
    const other = claimsOf({ entries: [{ type: 'v', dose: 1, of: 2, date: '2022-01-10' }] });
    const entries = other.dcc.get('v') as Map<string, unknown>[];
    entries[0]!.set('tg', '00000000');
    const words = dccWords(await check(await sealClaims(other.claims, w.es256)), en);
    expect(words?.certificate).toBe('Vaccination 1/2, on 2022-01-10 · not COVID-19');
  });

  it('names a country by its ISO code, and keeps any other text as it came', () => {
    expect(countryName('DE', vi)).toBe('Đức (DE)');
    expect(countryName('DE', en)).toBe('Germany (DE)');
    expect(countryName('Viet Nam', en)).toBe('Viet Nam');
    expect(countryName('', vi)).toBe('không rõ');
    expect(countryName('XX', en)).toBe('XX');
  });

  it('turns an instant into Vietnam calendar and clock, across the UTC day line', () => {
    expect(vietnamTime(Date.parse('2022-03-14T18:30:00Z'))).toEqual({
      year: 2022,
      month: 3,
      day: 15,
      hour: 1,
      minute: 30,
    });
  });
});
