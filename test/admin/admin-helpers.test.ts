import { describe, expect, it } from 'vitest';
import { fromDateInput, toDateInput } from '../../src/ui/admin/format';
import { entryOutcome } from '../../src/ui/admin/log/entry-label';
import { peakHour } from '../../src/ui/admin/log/peak-hour';
import { en } from '../../src/ui/i18n/en';
import { vi } from '../../src/ui/i18n/vi';
import { bundleRefusalText } from '../../src/ui/settings/bundle-words';
import { normaliseServerUrl } from '../../src/ui/setup/server-url';

describe('normaliseServerUrl', () => {
  it.each([
    ['https://kiosk.example.vn', 'https://kiosk.example.vn'],
    ['  https://kiosk.example.vn/  ', 'https://kiosk.example.vn'],
    ['kiosk.example.vn', 'https://kiosk.example.vn'],
    ['http://192.168.1.20:8080/sync/', 'http://192.168.1.20:8080/sync'],
    ['https://kiosk.example.vn/a?x=1#y', 'https://kiosk.example.vn/a'],
    ['HTTPS://Kiosk.Example.VN', 'https://kiosk.example.vn'],
  ])('%j → %j', (input, output) => expect(normaliseServerUrl(input)).toBe(output));

  it.each([
    '',
    '   ',
    'ftp://kiosk.example.vn',
    'javascript:alert(1)',
    'https://user:pw@kiosk.example.vn',
    'http://',
    'https://exa mple.vn',
  ])('refuses %j', (input) => expect(normaliseServerUrl(input)).toBeNull());
});

describe('date inputs', () => {
  it('round-trips a local day', () => {
    const start = fromDateInput('2025-11-25')!;
    expect(new Date(start).getHours()).toBe(0);
    expect(toDateInput(start)).toBe('2025-11-25');
    expect(toDateInput(start + 23 * 3_600_000)).toBe('2025-11-25');
  });
  it.each(['', '2025-13-01', '2025-02-30', '25/11/2025', '2025-1-5'])('refuses %j', (value) =>
    expect(fromDateInput(value)).toBeNull(),
  );
});

describe('entryOutcome', () => {
  it('tells a review apart by the guard’s decision', () => {
    expect(entryOutcome({ verdict: 'admit', decision: null }, vi)).toMatchObject({
      label: 'Cho vào',
      tone: 'admit',
    });
    expect(entryOutcome({ verdict: 'review', decision: 'admit' }, vi)).toMatchObject({
      label: 'Kiểm tra → cho vào',
      tone: 'admit',
    });
    expect(entryOutcome({ verdict: 'review', decision: 'refuse' }, vi)).toMatchObject({
      label: 'Kiểm tra → từ chối',
      tone: 'deny',
    });
    expect(entryOutcome({ verdict: 'review', decision: null }, vi)).toMatchObject({
      tone: 'review',
      icon: 'question',
    });
    expect(entryOutcome({ verdict: 'deny', decision: null }, en)).toMatchObject({
      label: 'Not valid',
      tone: 'deny',
    });
  });
});

describe('peakHour', () => {
  it('finds the first busiest hour', () => {
    const counts = Array.from({ length: 24 }, () => 0);
    counts[9] = 4;
    counts[14] = 4;
    counts[8] = 2;
    expect(peakHour(counts)).toEqual({ hour: 9, count: 4 });
    expect(peakHour(Array.from({ length: 24 }, () => 0))).toEqual({ hour: 0, count: 0 });
  });
});

describe('bundleRefusalText', () => {
  it('explains each refusal code of spec §4 in both languages, and anything else generically', () => {
    for (const code of [
      'BUNDLE_ROOT_UNKNOWN',
      'BUNDLE_SIG_INVALID',
      'BUNDLE_MALFORMED',
      'BUNDLE_ROLLBACK',
    ]) {
      expect(bundleRefusalText(code, vi)).not.toBe(vi.settings.bundleRefusalOther);
      expect(bundleRefusalText(code, en)).not.toBe(en.settings.bundleRefusalOther);
    }
    expect(bundleRefusalText('BUNDLE_ROLLBACK', vi)).toContain('cũ hơn');
    expect(bundleRefusalText('toString', vi)).toBe(vi.settings.bundleRefusalOther);
    expect(bundleRefusalText('SOMETHING_NEW', en)).toBe('Unknown reason.');
  });
});
