// Signed requests a kiosk makes beside its uploads (all POST, signed as in
// request-signature.ts, JSON bodies):
//   /api/sync/venue-secret  {}                  → VenueSecretResponse (the pseudonym key)
//   /api/sync/status        DeviceStatusReport  → { ok: true }        (shown to the owner)
//   /api/sync/occupancy     {}                  → OccupancyResponse   (people inside, venue-wide)
// Reports are read leniently by the server (unknown fields are ignored, so a newer kiosk can
// add some); answers are checked by the kiosk before use.
import type { Checked } from './entry-schema';

export const DEVICE_PATHS = {
  venueSecret: '/api/sync/venue-secret',
  status: '/api/sync/status',
  occupancy: '/api/sync/occupancy',
} as const;

/** b64u of the venue's 32-byte pseudonym secret (src/core/pseudonym.ts). */
export interface VenueSecretResponse {
  venueId: string;
  venueSecret: string;
}

/** What a kiosk says about itself; the owner page shows it beside the device's name. */
export interface DeviceStatusReport {
  /** Entries waiting to be uploaded. */
  pending: number;
  /** The kiosk build, e.g. `0.1.0+abc123`. */
  appVersion: string;
  /** The trust bundle the kiosk verifies with: its seq and issuedAt (epoch ms), or null. */
  bundleSeq: number | null;
  bundleIssuedAt: number | null;
  /** When the kiosk made this report (epoch ms, its own clock). */
  reportedAt: number;
  /**
   * The last trust bundle the kiosk refused (spec §4 code, e.g. `BUNDLE_ROOT_UNKNOWN`, and when),
   * null when the last one offered was taken. Absent from older kiosks; a malformed one is read
   * as null rather than refusing the whole report.
   */
  bundleRefusal?: BundleRefusalReport | null;
}

export interface BundleRefusalReport {
  code: string;
  at: number;
}

/** People inside the whole venue today (Vietnam day): admitted in minus admitted out. */
export interface OccupancyResponse {
  venueId: string;
  inside: number;
  /** Admitted entries today in each direction, every device of the venue together. */
  in: number;
  out: number;
  /** Start of the day counted (epoch ms) and when the figure was made. */
  since: number;
  asOf: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const instantOrNull = (v: unknown) => v === null || (count(v) && (v as number) < 8.64e15);
const SECRET = /^[A-Za-z0-9_-]{43}$/;
const VERSION = /^[\x21-\x7e]{1,40}$/;
const REFUSAL_CODE = /^[A-Z0-9_]{1,60}$/;

/** The refusal as sent, or null for null, a malformed one or a time beyond any clock. */
function readRefusal(value: unknown): BundleRefusalReport | null {
  if (!isObject(value)) return null;
  const { code, at } = value;
  if (typeof code !== 'string' || !REFUSAL_CODE.test(code)) return null;
  return count(at) && instantOrNull(at) ? { code, at: at as number } : null;
}

export function checkDeviceStatusReport(value: unknown): Checked<DeviceStatusReport> {
  if (!isObject(value)) return { ok: false, reason: 'not an object' };
  const { pending, appVersion, bundleSeq = null, bundleIssuedAt = null, reportedAt } = value;
  if (!count(pending) || (pending as number) > 10_000_000)
    return { ok: false, reason: 'pending: not a count' };
  if (typeof appVersion !== 'string' || !VERSION.test(appVersion))
    return { ok: false, reason: 'appVersion: not 1–40 printable ASCII characters' };
  if (!(bundleSeq === null || count(bundleSeq)))
    return { ok: false, reason: 'bundleSeq: not null or a seq' };
  if (!instantOrNull(bundleIssuedAt))
    return { ok: false, reason: 'bundleIssuedAt: not null or an epoch millisecond' };
  if (!count(reportedAt) || !instantOrNull(reportedAt))
    return { ok: false, reason: 'reportedAt: not an epoch millisecond' };
  return {
    ok: true,
    value: {
      pending: pending as number,
      appVersion,
      bundleSeq: bundleSeq as number | null,
      bundleIssuedAt: bundleIssuedAt as number | null,
      reportedAt: reportedAt as number,
      ...('bundleRefusal' in value ? { bundleRefusal: readRefusal(value.bundleRefusal) } : {}),
    },
  };
}

/** Optional in the enrollment answer of older servers: absent means none was given. */
export function isVenueSecretText(v: unknown): v is string {
  return typeof v === 'string' && SECRET.test(v);
}

export function checkVenueSecretResponse(value: unknown): Checked<VenueSecretResponse> {
  if (!isObject(value) || typeof value.venueId !== 'string' || value.venueId.length > 80)
    return { ok: false, reason: 'venueId: missing' };
  if (!isVenueSecretText(value.venueSecret))
    return { ok: false, reason: 'venueSecret: not 32 bytes b64u' };
  return { ok: true, value: { venueId: value.venueId, venueSecret: value.venueSecret } };
}

export function checkOccupancyResponse(value: unknown): Checked<OccupancyResponse> {
  if (!isObject(value) || typeof value.venueId !== 'string')
    return { ok: false, reason: 'venueId: missing' };
  const { inside, since, asOf } = value;
  if (![inside, value.in, value.out, since, asOf].every(count))
    return { ok: false, reason: 'not an occupancy answer' };
  return {
    ok: true,
    value: {
      venueId: value.venueId,
      inside: inside as number,
      in: value.in as number,
      out: value.out as number,
      since: since as number,
      asOf: asOf as number,
    },
  };
}
