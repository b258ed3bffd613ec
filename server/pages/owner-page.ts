// The owner's (or office's) page: pick a venue and a day, see totals by verdict and by
// device, the entries of every device, and download them as CSV. Server-rendered, no script.
import type { DeviceTotals, RangeTotals, StoredEntry } from '../store/entries-report';
import type { DeviceRow, Venue } from '../store/venues';
import { html, page, type Html } from './html';
import { vietnamTime } from './vietnam-day';

export interface OwnerView {
  venues: Venue[];
  venueId: string | null;
  day: string;
  totals: RangeTotals | null;
  devices: DeviceRow[];
  byDevice: DeviceTotals[];
  entries: StoredEntry[];
  /** More entries exist than are listed; the CSV has them all. */
  truncated: boolean;
}

const VERDICT_WORDS: Record<string, string> = {
  admit: 'Cho vào · Admit',
  review: 'Kiểm tra · Review',
  deny: 'Từ chối · Deny',
};

function picker(v: OwnerView): Html {
  return html`<form class="picker" method="get" action="/admin">
    <label
      >Địa điểm · Venue
      <select name="venue">
        ${v.venues.map(
          (x) =>
            html`<option value="${x.id}" ${x.id === v.venueId ? html` selected` : ''}>
              ${x.name}
            </option>`,
        )}
      </select>
    </label>
    <label>Ngày · Day <input type="date" name="day" value="${v.day}" required /></label>
    <button type="submit">Xem · Show</button>
  </form>`;
}

function totalsTable(t: RangeTotals): Html {
  const cells: [string, number][] = [
    ['Lượt quét · Entries', t.entries],
    ['Cho vào · Admit', t.admit],
    ['Kiểm tra · Review', t.review],
    ['Chưa quyết · Undecided', t.undecided],
    ['Từ chối · Deny', t.deny],
    ['Đã vào · Admitted', t.admitted],
    ['Vào · In', t.in],
    ['Ra · Out', t.out],
  ];
  return html`<table class="totals">
    <tbody>
      ${cells.map(
        ([k, n]) =>
          html`<tr>
            <th scope="row">${k}</th>
            <td>${n}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function devicesTable(v: OwnerView): Html {
  const counts = new Map(v.byDevice.map((d) => [d.deviceId, d]));
  return html`<table class="devices">
    <thead>
      <tr>
        <th>Thiết bị · Device</th>
        <th>Lượt · Entries</th>
        <th>Đã vào · Admitted</th>
        <th>Lần cuối · Last seen</th>
        <th></th>
      </tr>
    </thead>
    <tbody>
      ${v.devices.map(
        (d) =>
          html`<tr>
            <td>${d.label || '—'} <code>${d.id}</code></td>
            <td>${counts.get(d.id)?.entries ?? 0}</td>
            <td>${counts.get(d.id)?.admitted ?? 0}</td>
            <td>${d.lastSeenAt === null ? '—' : vietnamTime(d.lastSeenAt)}</td>
            <td>${d.revokedAt === null ? '' : 'thu hồi · revoked'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function entriesTable(entries: StoredEntry[]): Html {
  return html`<table class="entries">
    <thead>
      <tr>
        <th>Giờ · Time</th>
        <th>Thiết bị · Device</th>
        <th>Hướng · Dir.</th>
        <th>Kết quả · Verdict</th>
        <th>Quyết định · Decision</th>
        <th>Màu · Colour</th>
        <th>Họ tên · Name</th>
        <th>Năm sinh · Born</th>
        <th>Giấy tờ · ID</th>
        <th>Lý do · Reasons</th>
      </tr>
    </thead>
    <tbody>
      ${entries.map(
        (e) =>
          html`<tr class="verdict-${e.verdict}">
            <td>${vietnamTime(e.at)}</td>
            <td>${e.deviceLabel || e.deviceId.slice(-8)}</td>
            <td>${e.direction}</td>
            <td>${VERDICT_WORDS[e.verdict] ?? e.verdict}</td>
            <td>${e.decision ?? ''}</td>
            <td>${e.color}</td>
            <td>${e.maskedName}</td>
            <td>${e.birthYear ?? ''}</td>
            <td>${e.maskedId}</td>
            <td>${e.reasons.join(' ')}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function ownerPage(v: OwnerView): string {
  const venue = v.venues.find((x) => x.id === v.venueId);
  const query = venue
    ? `venue=${encodeURIComponent(venue.id)}&day=${encodeURIComponent(v.day)}`
    : '';
  const body = html`<main>
    <h1>Nhật ký check-in · Check-in log</h1>
    ${v.venues.length === 0 ? html`<p>Chưa có địa điểm nào · No venue yet: <code>kiosk venue create NAME</code></p>` : picker(v)}
    ${
      venue && v.totals
        ? html`<h2>${venue.name} — ${v.day}</h2>
            ${totalsTable(v.totals)}
            <p>
              <a class="button" href="/admin/export.csv?${query}" download
                >Tải CSV · Download CSV</a
              >
            </p>
            <h3>Thiết bị · Devices</h3>
            ${devicesTable(v)}
            <h3>Lượt quét · Entries</h3>
            ${v.truncated ? html`<p class="note">Chỉ hiện ${v.entries.length} lượt đầu; tệp CSV có đủ · Showing the first ${v.entries.length}; the CSV has all.</p>` : ''}
            ${v.entries.length ? entriesTable(v.entries) : html`<p>Không có lượt nào · No entries.</p>`}`
        : ''
    }
  </main>`;
  return page({ title: 'Nhật ký check-in · Check-in log', stylesheet: '/admin/pages.css', body });
}

export function ownerLoginNeeded(): string {
  const body = html`<main>
    <h1>Cần đăng nhập · Sign-in needed</h1>
    <p>
      Mở liên kết chủ cửa hàng mà máy chủ in ra khi khởi động · Open the owner link the server
      printed when it started.
    </p>
  </main>`;
  return page({ title: 'Sign-in needed', stylesheet: '/admin/pages.css', body });
}
