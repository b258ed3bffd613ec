// The wire's additions for pseudonyms and kiosk reports: the enrollment answer's optional
// venueSecret (absent from older servers), the venue-secret and occupancy answers the kiosk
// checks, and the status report the server reads leniently (unknown fields ignored).
import { describe, expect, it } from 'vitest';
import {
  checkDeviceStatusReport,
  checkEnrollResponse,
  checkOccupancyResponse,
  checkVenueSecretResponse,
} from '../../src/sync/wire';

const enroll = { venueId: 'v', venueName: 'V', deviceId: 'd', roots: [], bundle: null };
const SECRET = 'A'.repeat(43);

describe('wire: venue secret and kiosk reports', () => {
  it('reads the venue secret in an enrollment answer when there is one, and its absence', () => {
    expect(checkEnrollResponse({ ...enroll, venueSecret: SECRET })).toEqual({
      ok: true,
      value: { ...enroll, venueSecret: SECRET },
    });
    const old = checkEnrollResponse(enroll);
    expect(old.ok && 'venueSecret' in old.value).toBe(false);
    expect(checkEnrollResponse({ ...enroll, venueSecret: 'short' }).ok).toBe(false);
  });

  it('checks the venue-secret and occupancy answers', () => {
    expect(checkVenueSecretResponse({ venueId: 'v', venueSecret: SECRET }).ok).toBe(true);
    expect(checkVenueSecretResponse({ venueId: 'v', venueSecret: SECRET + 'A' }).ok).toBe(false);
    const occupancy = { venueId: 'v', inside: 3, in: 5, out: 2, since: 1, asOf: 2 };
    expect(checkOccupancyResponse(occupancy)).toEqual({ ok: true, value: occupancy });
    expect(checkOccupancyResponse({ ...occupancy, inside: -1 }).ok).toBe(false);
  });

  it('reads a status report leniently, and names the bad field', () => {
    const report = {
      pending: 4,
      appVersion: '0.1.0+abc',
      bundleSeq: 2,
      bundleIssuedAt: 10,
      reportedAt: 20,
    };
    expect(checkDeviceStatusReport({ ...report, newerField: true })).toEqual({
      ok: true,
      value: report,
    });
    expect(checkDeviceStatusReport({ pending: 0, appVersion: 'x', reportedAt: 1 })).toEqual({
      ok: true,
      value: { pending: 0, appVersion: 'x', bundleSeq: null, bundleIssuedAt: null, reportedAt: 1 },
    });
    const bad = checkDeviceStatusReport({ ...report, appVersion: 'has space' });
    expect(bad.ok ? '' : bad.reason).toMatch(/^appVersion/);
    expect(checkDeviceStatusReport({ ...report, pending: 1.5 }).ok).toBe(false);
  });

  it('reads the last bundle refusal when sent, and a malformed one as none', () => {
    const report = { pending: 0, appVersion: 'x', bundleSeq: null, bundleIssuedAt: null };
    const refusal = { code: 'BUNDLE_ROOT_UNKNOWN', at: 5 };
    const read = (bundleRefusal: unknown) => {
      const checked = checkDeviceStatusReport({ ...report, reportedAt: 9, bundleRefusal });
      return checked.ok ? checked.value.bundleRefusal : 'refused';
    };
    expect(read(refusal)).toEqual(refusal);
    expect(read({ ...refusal, extra: 1 })).toEqual(refusal);
    expect(read(null)).toBeNull();
    for (const bad of [
      { code: '<b>', at: 5 },
      { code: 'A'.repeat(61), at: 5 },
      { code: 'BUNDLE_ROLLBACK', at: -1 },
      { code: 'BUNDLE_ROLLBACK', at: 9e15 },
      { code: 'BUNDLE_ROLLBACK' },
      'BUNDLE_ROLLBACK',
    ])
      expect(read(bad), JSON.stringify(bad)).toBeNull();
    // An older kiosk sends no field at all: the report is the same as before.
    const old = checkDeviceStatusReport({ ...report, reportedAt: 9 });
    expect(old.ok && 'bundleRefusal' in old.value).toBe(false);
  });
});
