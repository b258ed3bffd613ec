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
const entry = { id: 'e', at: 1000, direction: 'in' } as Entry;

describe('verdict view', () => {
  it('speaks Vietnamese with an icon for each verdict', () => {
    const admit = verdictView({ kind: 'logged', result: result({}), entry, saved: true }, vi, 0);
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
      verdictView({ kind: 'logged', result: card(details), entry, saved: true }, s, 0).formatLabel;
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
    expect(verdictView({ kind: 'logged', result: dcc, entry, saved: true }, vi, 0)).toMatchObject({
      formatLabel: 'Chứng nhận COVID-19 (EU DCC)',
      maskedId: null,
    });
  });
  it('warns in large type when the entry was not saved', () => {
    const v = verdictView(
      { kind: 'logged', result: result({}), entry, saved: false, error: 'quota' },
      vi,
      0,
    );
    expect(v.warning).toContain('CHƯA được lưu');
    expect(v.announcement).toContain('CHƯA được lưu');
  });
  it('says when the person was let in, and how long ago', () => {
    const at = new Date(2026, 2, 2, 9, 12, 30).getTime(); // 09:12 on the kiosk's clock
    const previous = { ...entry, at, direction: 'in' } as Entry;
    const dup = (now: number, p = previous, s = vi) =>
      verdictView({ kind: 'duplicate', result: result({}), previous: p }, s, now);
    const v = dup(at + 5 * 60_000 + 20_000);
    expect(v).toMatchObject({ tone: 'duplicate', title: 'ĐÃ CHECK-IN' });
    expect(v.subtitle).toBe('Đã vào lúc 09:12 (5 phút trước) · không ghi thêm');
    expect(v.announcement).toContain('Đã vào lúc 09:12');
    expect(dup(at + 4_000).subtitle).toBe('Đã vào lúc 09:12 (4 giây trước) · không ghi thêm');
    const out = { ...previous, direction: 'out' } as Entry;
    expect(dup(at + 60_000, out)).toMatchObject({
      title: 'ĐÃ CHECK-OUT',
      subtitle: 'Đã ra lúc 09:12 (1 phút trước) · không ghi thêm',
    });
    expect(dup(at + 120_000, previous, en).subtitle).toBe(
      'In at 09:12 (2 min ago) · not logged again',
    );
  });

  it('an unverified code says so, and its name is marked, never under "có chữ ký"', () => {
    const view = (over: Partial<CheckResult>, s = vi) =>
      verdictView({ kind: 'logged', result: result(over), entry, saved: true }, s, 0);
    const failed = { verdict: 'deny', color: 'none' } as const;
    for (const reason of ['SIG_INVALID', 'KEY_UNKNOWN', 'KEY_REVOKED', 'KEY_NOT_VALID'] as const) {
      const v = view({ ...failed, reasons: [reason] });
      expect(v, reason).toMatchObject({
        formatLabel: 'Mã không xác thực được',
        name: 'NGUYEN VAN AN',
        nameUnverified: true,
      });
      expect(v.announcement).not.toContain('NGUYEN VAN AN');
    }
    // A DCC whose signer is unknown, too.
    expect(view({ ...failed, format: 'dcc', reasons: ['KEY_UNKNOWN'] }, en)).toMatchObject({
      formatLabel: 'Code could not be verified',
      nameUnverified: true,
    });
    // Nothing to check the signature with: the name is still only what the code says.
    expect(
      view({ verdict: 'review', color: 'none', reasons: ['BUNDLE_MISSING'] }).nameUnverified,
    ).toBe(true);
    // A verified signature on an expired pass names its holder; an ID card is identity only.
    expect(view({ ...failed, reasons: ['PASS_EXPIRED'] })).toMatchObject({
      formatLabel: 'Mã QR cá nhân có chữ ký',
      nameUnverified: false,
    });
    expect(
      view({ format: 'cccd', verdict: 'review', color: 'none', reasons: ['IDENTITY_ONLY'] })
        .nameUnverified,
    ).toBe(false);
  });

  it('a review reopened after a reload says when it was scanned', () => {
    const at = new Date(2026, 2, 2, 9, 12).getTime();
    const review = result({ format: 'cccd', verdict: 'review', color: 'none', reasons: [] });
    const outcome = {
      kind: 'logged',
      result: review,
      entry: { ...entry, at },
      saved: true,
    } as const;
    expect(verdictView(outcome, vi, at, { reopened: true })).toMatchObject({
      needsDecision: true,
      note: 'Lượt quét lúc 09:12, mở lại sau khi tải lại trang',
      formatLabel: 'Thẻ căn cước', // the log does not say which card
    });
    expect(verdictView(outcome, vi, at).note).toBeNull();
  });
  it('shows an exit as recorded and returns by the admit timer', () => {
    const out = { ...entry, direction: 'out' } as Entry;
    const v = verdictView({ kind: 'logged', result: result({}), entry: out, saved: true }, vi, 0);
    expect(v).toMatchObject({ tone: 'exit', title: 'ĐÃ GHI NHẬN RA' });
    // The tone is the logged entry's direction, whatever the kiosk's setting is by now.
    expect(
      verdictView({ kind: 'logged', result: result({}), entry, saved: true }, vi, 0).tone,
    ).toBe('admit');
    expect(autoReturnSeconds(v.tone, { autoReturnAdmitSec: 3, autoReturnOtherSec: 6 })).toBe(3);
    expect(autoReturnSeconds('deny', { autoReturnAdmitSec: 3, autoReturnOtherSec: 6 })).toBe(6);
  });
});
