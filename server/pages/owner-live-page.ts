// Today at one venue, live: people inside (every door), today's totals, each device's last
// upload and pending count, and the latest scans. Small queries, a compact page, reloaded by
// the browser every 15 seconds (a meta refresh: the pages run no script).
import type { Occupancy } from '../store/occupancy';
import type { DeviceStatusRow } from '../store/device-status';
import type { DeviceTotals, RangeTotals, StoredEntry } from '../store/entries-report';
import type { DeviceRow, VenueSummary } from '../store/venues';
import { html } from './html';
import { layout, type Frame } from './layout';
import { devicesTable, insideFigure, totalsTable } from './owner-page';
import { entriesTable, venueSelect } from './parts';

export const LIVE_REFRESH_S = 15;

export function ownerLivePage(
  f: Frame,
  v: {
    venues: VenueSummary[];
    venue: VenueSummary;
    occupancy: Occupancy;
    totals: RangeTotals;
    devices: DeviceRow[];
    status: Map<string, DeviceStatusRow>;
    byDevice: DeviceTotals[];
    latest: StoredEntry[];
  },
): string {
  const w = f.w.live;
  return layout(f, {
    title: w.title,
    refreshSeconds: LIVE_REFRESH_S,
    body: html`<form class="picker" method="get" action="/admin/live">
        ${venueSelect(f, v.venues, v.venue.id)}
        <button type="submit">${f.w.show}</button>
      </form>
      <h2>${v.venue.name}</h2>
      <p class="note">${w.refresh}</p>
      ${insideFigure(f, v.occupancy)} ${totalsTable(f, v.totals)}
      <h3>${f.w.devices.title}</h3>
      ${devicesTable(f, v)}
      <h3>${w.latest}</h3>
      ${v.latest.length ? entriesTable(f, v.latest) : html`<p>${f.w.owner.noEntries}</p>`}`,
  });
}
