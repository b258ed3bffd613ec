// The owner's page: one of their venues over a date range, in words. People inside now
// (every door), totals, scans by hour, each device by name with its last upload and what it
// last reported, the latest scans with verdicts, decisions, colours and reasons in words, and
// the CSV of the whole range. Server-rendered, no script.
import type { DeviceStatusRow } from '../store/device-status';
import type { DeviceTotals, RangeTotals, StoredEntry } from '../store/entries-report';
import type { Occupancy } from '../store/occupancy';
import { entryCursorText, OWNER_PAGE_ROWS, type EntryCursor } from '../store/owner-report';
import type { DeviceRow, VenueSummary } from '../store/venues';
import type { HookHealth } from '../door-hook/door-hooks';
import { hourlyChart } from './hourly-chart';
import { html, type Html } from './html';
import { layout, type Frame } from './layout';
import { bundleRefusalNote, deviceName, entriesTable, venueSelect, when } from './parts';

export interface OwnerView {
  venues: VenueSummary[];
  venue: VenueSummary | null;
  from: string;
  to: string;
  problem?: string;
  occupancy: Occupancy | null;
  totals: RangeTotals | null;
  hours: number[];
  devices: DeviceRow[];
  status: Map<string, DeviceStatusRow>;
  byDevice: DeviceTotals[];
  /** One page of the range's scans, newest first. */
  entries: StoredEntry[];
  /** Whether this is the first (newest) page, and where the next (older) one starts. */
  paging: { first: boolean; next: EntryCursor | null };
  retentionDays: number;
  hook: HookHealth | null;
}

export function rangePicker(
  f: Frame,
  v: { venues: VenueSummary[]; venue: VenueSummary | null; from: string; to: string },
  action: string,
): Html {
  return html`<form class="picker" method="get" action="${action}">
    ${venueSelect(f, v.venues, v.venue?.id ?? null)}
    <label>${f.w.from} <input type="date" name="from" value="${v.from}" required /></label>
    <label>${f.w.to} <input type="date" name="to" value="${v.to}" required /></label>
    <button type="submit">${f.w.show}</button>
  </form>`;
}

export function insideFigure(f: Frame, o: Occupancy): Html {
  return html`<section class="inside" aria-label="${f.w.owner.inside}">
    <p class="big"><span>${f.w.owner.inside}</span> <strong>${o.inside}</strong></p>
    <p class="note">
      ${f.w.owner.insideNote} (${f.w.owner.totals.in}: ${o.in}, ${f.w.owner.totals.out}: ${o.out})
    </p>
  </section>`;
}

export function totalsTable(f: Frame, t: RangeTotals): Html {
  const w = f.w.owner.totals;
  const cells: [string, number, string][] = [
    [w.entries, t.entries, ''],
    [w.admit, t.admit, 'green'],
    [w.review, t.review, 'yellow'],
    [w.undecided, t.undecided, 'yellow'],
    [w.deny, t.deny, 'red'],
    [w.admitted, t.admitted, 'green'],
    [w.in, t.in, ''],
    [w.out, t.out, ''],
  ];
  return html`<table class="totals">
    <tbody>
      ${cells.map(
        ([k, n, tone]) =>
          html`<tr>
            <th scope="row">
              ${tone ? html`<span class="chip chip-${tone}"><span class="dot" aria-hidden="true"></span>${k}</span>` : k}
            </th>
            <td>${n}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function devicesTable(
  f: Frame,
  v: Pick<OwnerView, 'devices' | 'status' | 'byDevice'>,
): Html {
  const w = f.w.devices;
  const counts = new Map(v.byDevice.map((d) => [d.deviceId, d]));
  return html`<div class="scroll">
    <table class="devices">
      <thead>
        <tr>
          <th scope="col">${w.name}</th>
          <th scope="col">${f.w.owner.totals.entries}</th>
          <th scope="col">${w.lastSync}</th>
          <th scope="col">${w.pending}</th>
          <th scope="col">${w.version}</th>
          <th scope="col">${w.bundle}</th>
          <th scope="col">${w.state}</th>
        </tr>
      </thead>
      <tbody>
        ${v.devices.map((d) => {
          const s = v.status.get(d.id);
          return html`<tr>
            <td>${deviceName(f, d.label, d.id)}</td>
            <td>${counts.get(d.id)?.entries ?? 0}</td>
            <td>${when(f, d.lastSeenAt)}</td>
            <td>
              ${s ? html`${s.pending} <span class="note">(${w.reportedAt(f.w.ago(Math.max(0, f.now - s.receivedAt)))})</span>` : '—'}
            </td>
            <td>${s?.appVersion ?? '—'}</td>
            <td>
              ${
                s && s.bundleSeq !== null
                  ? w.bundleAge(
                      s.bundleSeq,
                      s.bundleIssuedAt === null
                        ? '?'
                        : f.w.age(Math.max(0, f.now - s.bundleIssuedAt)),
                    )
                  : '—'
              }
              ${s?.bundleRefusal ? html`<br />${bundleRefusalNote(f, s.bundleRefusal)}` : ''}
            </td>
            <td>${d.revokedAt === null ? w.active : html`<strong>${w.revoked}</strong>`}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** Links to the newest page and to the next (older) one, where there are such pages. */
function pager(f: Frame, query: string, paging: OwnerView['paging']): Html {
  if (paging.first && !paging.next) return html``;
  const older = paging.next
    ? `/admin?${query}&${new URLSearchParams({ before: entryCursorText(paging.next) }).toString()}`
    : null;
  return html`<nav class="pager" aria-label="${f.w.owner.entries}">
    ${paging.first ? '' : html`<a class="button" href="/admin?${query}">${f.w.owner.newest}</a>`}
    ${older ? html`<a class="button" href="${older}" rel="next">${f.w.owner.older} →</a>` : ''}
  </nav>`;
}

export function ownerPage(f: Frame, v: OwnerView): string {
  const w = f.w.owner;
  if (!v.venue) return layout(f, { title: w.title, body: html`<p>${w.noVenue}</p>` });
  const query = new URLSearchParams({ venue: v.venue.id, from: v.from, to: v.to }).toString();
  const body = html`${rangePicker(f, v, '/admin')}
    ${v.problem ? html`<p class="problem" role="alert">${v.problem}</p>` : ''}
    <h2>${v.venue.name}</h2>
    ${v.occupancy ? insideFigure(f, v.occupancy) : ''}
    <p class="note">${w.retention(v.retentionDays)}</p>
    ${v.totals ? totalsTable(f, v.totals) : ''}
    <p><a class="button" href="/admin/export.csv?${query}" download>${w.csv}</a></p>
    ${hourlyChart(f, v.hours)}
    <h3>${f.w.devices.title}</h3>
    ${devicesTable(f, v)}
    ${
      v.hook
        ? html`<p class="note">
            ${w.hook}: ${w.hookHealth(v.hook.delivered, v.hook.failed, v.hook.waiting)}
            ${v.hook.lastError ? `(${v.hook.lastError})` : ''}
          </p>`
        : ''
    }
    <h3>${w.entries}</h3>
    ${v.paging.next || !v.paging.first ? html`<p class="note">${w.paged(OWNER_PAGE_ROWS)}</p>` : ''}
    ${v.entries.length ? entriesTable(f, v.entries) : html`<p>${w.noEntries}</p>`}
    ${pager(f, query, v.paging)}`;
  return layout(f, { title: w.title, body });
}
