// What each kiosk last reported about itself (pending entries, app version, trust bundle, the
// last bundle it refused): one row per device, replaced by each newer report.
import type { BundleRefusalReport, DeviceStatusReport } from '../../src/sync/wire';
import type { Queryable } from '../db/database';

export interface DeviceStatusRow extends DeviceStatusReport {
  deviceId: string;
  receivedAt: number;
  /** Null when the kiosk's last report said none, or came from a kiosk too old to say. */
  bundleRefusal: BundleRefusalReport | null;
}

export async function saveDeviceStatus(
  db: Queryable,
  deviceId: string,
  report: DeviceStatusReport,
  now: number,
): Promise<void> {
  // A report that arrives after a newer one (a slow retry) does not replace it.
  await db.query(
    `INSERT INTO device_status (device_id, reported_at, received_at, pending, app_version, bundle_seq,
       bundle_issued_at, bundle_refusal_code, bundle_refusal_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (device_id) DO UPDATE SET reported_at = EXCLUDED.reported_at,
       received_at = EXCLUDED.received_at, pending = EXCLUDED.pending,
       app_version = EXCLUDED.app_version, bundle_seq = EXCLUDED.bundle_seq,
       bundle_issued_at = EXCLUDED.bundle_issued_at,
       bundle_refusal_code = EXCLUDED.bundle_refusal_code,
       bundle_refusal_at = EXCLUDED.bundle_refusal_at
     WHERE device_status.reported_at <= EXCLUDED.reported_at`,
    [
      deviceId,
      report.reportedAt,
      now,
      report.pending,
      report.appVersion,
      report.bundleSeq,
      report.bundleIssuedAt,
      report.bundleRefusal?.code ?? null,
      report.bundleRefusal?.at ?? null,
    ],
  );
}

export async function venueDeviceStatus(
  db: Queryable,
  venueId: string,
): Promise<Map<string, DeviceStatusRow>> {
  const rows = await db.query<{
    device_id: string;
    reported_at: number;
    received_at: number;
    pending: number;
    app_version: string;
    bundle_seq: number | null;
    bundle_issued_at: number | null;
    bundle_refusal_code: string | null;
    bundle_refusal_at: number | null;
  }>(`SELECT s.* FROM device_status s JOIN devices d ON d.id = s.device_id WHERE d.venue_id = $1`, [
    venueId,
  ]);
  return new Map(
    rows.map((r) => [
      r.device_id,
      {
        deviceId: r.device_id,
        reportedAt: r.reported_at,
        receivedAt: r.received_at,
        pending: r.pending,
        appVersion: r.app_version,
        bundleSeq: r.bundle_seq,
        bundleIssuedAt: r.bundle_issued_at,
        bundleRefusal:
          r.bundle_refusal_code === null || r.bundle_refusal_at === null
            ? null
            : { code: r.bundle_refusal_code, at: r.bundle_refusal_at },
      },
    ]),
  );
}
