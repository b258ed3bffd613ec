import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core';
import { autoReturnSeconds } from '../../src/kiosk/verdict-tone';
import type { Entry } from '../../src/model';
import { verdictView } from '../../src/ui/kiosk/verdict-view';
import { en } from '../../src/ui/i18n/en';
import { vi } from '../../src/ui/i18n/vi';

const result = (over: Partial<CheckResult>): CheckResult => ({
  format: 'pqr-signed',
  verdict: 'admit',
  color: 'green',
  reasons: ['VACCINATED_FULL'],
  holder: { name: 'NGUYEN VAN AN', birthYear: 1990, maskedId: '********9317' },
  passId: 'qid:1',
  passHash: 'h',
  kid: 'k',
  ...over,
});
const entry = { id: 'e', at: 1000 } as Entry;

describe('verdict view', () => {
  it('speaks Vietnamese with an icon for each verdict', () => {
    const admit = verdictView(
      { kind: 'logged', result: result({}), entry, saved: true },
      'in',
      vi,
      0,
    );
    expect(admit).toMatchObject({
      tone: 'admit',
      icon: 'check',
      title: 'MỜI VÀO',
      name: 'NGUYEN VAN AN',
      colorLabel: 'Thẻ xanh',
      reasons: ['Đã tiêm đủ liều'],
      needsDecision: false,
      warning: null,
    });
    const review = verdictView(
      {
        kind: 'logged',
        result: result({
          format: 'cccd',
          verdict: 'review',
          color: 'none',
          reasons: ['IDENTITY_ONLY'],
        }),
        entry,
        saved: true,
      },
      'in',
      vi,
      0,
    );
    expect(review).toMatchObject({
      tone: 'review',
      icon: 'alert',
      title: 'KIỂM TRA GIẤY TỜ',
      needsDecision: true,
      colorLabel: null,
    });
    const deny = verdictView(
      {
        kind: 'logged',
        result: result({ verdict: 'deny', color: 'none', reasons: ['SIG_INVALID'] }),
        entry,
        saved: true,
      },
      'in',
      en,
      0,
    );
    expect(deny).toMatchObject({
      tone: 'deny',
      icon: 'cross',
      title: 'NOT VALID',
      reasons: ['Signature does not match: the code was altered'],
    });
  });
  it('names the ID card the code came from: Căn cước since 2024, the chip CCCD before', () => {
    const card = (details: CheckResult['details']) =>
      result({
        format: 'cccd',
        verdict: 'review',
        color: 'none',
        reasons: ['IDENTITY_ONLY'],
        details,
      });
    const label = (details: CheckResult['details'], s = vi) =>
      verdictView({ kind: 'logged', result: card(details), entry, saved: true }, 'in', s, 0)
        .formatLabel;
    expect(label({ kind: 'id-card', card: 'can-cuoc-2024' })).toBe('Căn cước');
    expect(label({ kind: 'id-card', card: 'cccd-chip' })).toBe('Căn cước công dân gắn chip');
    expect(label(null)).toBe('Căn cước công dân gắn chip');
    expect(label({ kind: 'id-card', card: 'can-cuoc-2024' }, en)).toBe(
      'ID card (Căn cước, since 2024)',
    );
    const dcc = result({
      format: 'dcc',
      holder: { name: 'NGUYEN VAN AN', birthYear: 1990, maskedId: '' },
    });
    expect(
      verdictView({ kind: 'logged', result: dcc, entry, saved: true }, 'in', vi, 0),
    ).toMatchObject({ formatLabel: 'Chứng nhận COVID-19 (EU DCC)', maskedId: null });
  });
  it('warns in large type when the entry was not saved', () => {
    const v = verdictView(
      { kind: 'logged', result: result({}), entry, saved: false, error: 'quota' },
      'in',
      vi,
      0,
    );
    expect(v.warning).toContain('CHƯA được lưu');
    expect(v.announcement).toContain('CHƯA được lưu');
  });
  it('says already checked in, with the seconds since', () => {
    const v = verdictView(
      { kind: 'duplicate', result: result({}), previous: entry },
      'in',
      vi,
      5000,
    );
    expect(v).toMatchObject({ tone: 'duplicate', title: 'ĐÃ CHECK-IN' });
    expect(v.subtitle).toContain('4 giây');
  });
  it('shows an exit as recorded and returns by the admit timer', () => {
    const v = verdictView({ kind: 'logged', result: result({}), entry, saved: true }, 'out', vi, 0);
    expect(v).toMatchObject({ tone: 'exit', title: 'ĐÃ GHI NHẬN RA' });
    expect(autoReturnSeconds(v.tone, { autoReturnAdmitSec: 3, autoReturnOtherSec: 6 })).toBe(3);
    expect(autoReturnSeconds('deny', { autoReturnAdmitSec: 3, autoReturnOtherSec: 6 })).toBe(6);
  });
});
