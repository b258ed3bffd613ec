// What the owner page (/admin) reads for one venue and range, in one place so that
// `npm run bench:scale` measures and EXPLAINs exactly these queries. They run at once (a
// PostgreSQL pool answers them in parallel); each is bounded to the venue and the range, and
// the range's rows are read once (venueFigures), plus one page of the list.
import type { Queryable } from '../db/database';
import { doorHookHealth, getDoorHook, type HookHealth } from '../door-hook/door-hooks';
import { vietnamDayOf, vietnamDayRange } from '../pages/vietnam-day';
import { venueDeviceStatus, type DeviceStatusRow } from '../store/device-status';
import { cachedOccupancy, occupancyOf, type Occupancy } from '../store/occupancy';
import {
  latestEntries,
  OWNER_PAGE_ROWS,
  type EntriesPage,
  type EntryCursor,
} from '../store/owner-report';
import { maxRetentionDays } from '../store/server-settings';
import { venueFigures, type VenueFigures } from '../store/venue-figures';
import { listDevices, type DeviceRow } from '../store/venues';

export interface OwnerDay {
  occupancy: Occupancy;
  figures: VenueFigures;
  devices: DeviceRow[];
  status: Map<string, DeviceStatusRow>;
  page: EntriesPage;
  maxRetentionDays: number;
  hook: HookHealth | null;
}

export async function loadOwnerDay(
  db: Queryable,
  venueId: string,
  range: { start: number; end: number },
  now: number,
  before: EntryCursor | null,
): Promise<OwnerDay> {
  const today = vietnamDayRange(vietnamDayOf(now))!;
  const justToday = range.start === today.from && range.end === today.to;
  const [occupancy, figures, devices, status, page, max, hook] = await Promise.all([
    // Today's people inside come with today's figures; for another range, the kiosks' cached
    // figure (at most 2 s old) instead of a second pass over today's rows.
    justToday ? null : cachedOccupancy(db, venueId, now),
    venueFigures(db, venueId, range.start, range.end),
    listDevices(db, venueId),
    venueDeviceStatus(db, venueId),
    latestEntries(db, venueId, range.start, range.end, OWNER_PAGE_ROWS, before),
    maxRetentionDays(db),
    getDoorHook(db, venueId),
  ]);
  return {
    occupancy: occupancy ?? occupancyOf(figures.totals, today.from),
    figures,
    devices,
    status,
    page,
    maxRetentionDays: max,
    hook: hook ? await doorHookHealth(db, venueId, now) : null,
  };
}
