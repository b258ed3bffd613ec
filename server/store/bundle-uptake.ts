// How many kiosks have taken a published trust bundle: active (not revoked) devices whose
// latest status report names a bundle seq at least as high. A device that never reported
// counts as not taken: the server cannot know what it holds.
import type { Queryable } from '../db/database';

export interface BundleUptake {
  seq: number;
  /** Active devices that reported holding `seq` or a later bundle. */
  taken: number;
  /** Devices not revoked, in every venue. */
  active: number;
}

export async function bundleUptake(db: Queryable, seq: number): Promise<BundleUptake> {
  const [row] = await db.query<{ active: number | string; taken: number | string }>(
    `SELECT count(*) AS active,
            count(*) FILTER (WHERE s.bundle_seq IS NOT NULL AND s.bundle_seq >= $1) AS taken
       FROM devices d LEFT JOIN device_status s ON s.device_id = d.id
      WHERE d.revoked_at IS NULL`,
    [seq],
  );
  return { seq, taken: Number(row?.taken ?? 0), active: Number(row?.active ?? 0) };
}

/** "2 of 3 kiosks": what `kiosk bundle publish` and `kiosk bundle status` print. */
export function uptakeWords(u: BundleUptake): string {
  return `${u.taken} of ${u.active} kiosk${u.active === 1 ? '' : 's'}`;
}
