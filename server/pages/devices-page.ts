// An owner's devices at one venue: rename each (a name says which door it is), revoke a lost
// one (after a confirmation page), and make a one-time enrollment code for a new one.
import QRCode from 'qrcode';
import type { DeviceStatusRow } from '../store/device-status';
import type { DeviceRow, VenueSummary } from '../store/venues';
import { html, trustedHtml } from './html';
import { csrfInput, layout, type Frame } from './layout';
import { bundleRefusalNote, deviceName, venueSelect, when } from './parts';
import { vietnamTime } from './vietnam-day';

export function devicesPage(
  f: Frame,
  v: {
    venues: VenueSummary[];
    venue: VenueSummary;
    devices: DeviceRow[];
    status: Map<string, DeviceStatusRow>;
    notice?: string;
  },
): string {
  const w = f.w.devices;
  return layout(f, {
    title: w.title,
    body: html`<form class="picker" method="get" action="/admin/devices">
        ${venueSelect(f, v.venues, v.venue.id)}
        <button type="submit">${f.w.show}</button>
      </form>
      <h2>${v.venue.name}</h2>
      ${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ''}
      <ul class="cards">
        ${v.devices.map((d) => {
          const s = v.status.get(d.id);
          const name = deviceName(f, d.label, d.id);
          return html`<li class="card" data-device="${d.id}">
            <h3>${name}</h3>
            <p>
              ${w.lastSync}: ${when(f, d.lastSeenAt)} · ${w.pending}: ${s ? s.pending : '—'} ·
              ${w.version}: ${s?.appVersion ?? '—'} ·
              ${d.revokedAt === null ? w.active : html`<strong>${w.revoked}</strong>`}
            </p>
            ${s?.bundleRefusal ? html`<p>${bundleRefusalNote(f, s.bundleRefusal)}</p>` : ''}
            ${
              d.revokedAt === null
                ? html`<form method="post" action="/admin/devices/${d.id}/rename" class="inline">
                      ${csrfInput(f)}
                      <label
                        >${w.name} <input name="label" value="${d.label}" maxlength="80" required
                      /></label>
                      <button type="submit">${w.rename}</button>
                    </form>
                    <a class="button danger" href="/admin/devices/${d.id}/revoke">${w.revoke}</a>`
                : ''
            }
          </li>`;
        })}
      </ul>
      <form method="post" action="/admin/venues/${v.venue.id}/codes">
        ${csrfInput(f)}
        <button type="submit">${w.newCode}</button>
      </form>`,
  });
}

export function revokeConfirmPage(f: Frame, device: DeviceRow): string {
  const w = f.w.devices;
  return layout(f, {
    title: w.revoke,
    body: html`<p>${w.revokeConfirm(deviceName(f, device.label, device.id))}</p>
      <form method="post" action="/admin/devices/${device.id}/revoke" class="inline">
        ${csrfInput(f)}
        <button type="submit" class="danger">${w.revoke}</button>
      </form>
      <a class="button" href="/admin/devices?venue=${device.venueId}">${f.w.cancel}</a>`,
  });
}

export async function enrollmentCodePage(
  f: Frame,
  ticket: { venueName: string; code: string; text: string; expiresAt: number },
): Promise<string> {
  const w = f.w.devices;
  const svg = await QRCode.toString(ticket.text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return layout(f, {
    title: w.code,
    body: html`<h2>${ticket.venueName}</h2>
      <p class="big"><strong data-testid="enrollment-code">${ticket.code}</strong></p>
      <figure class="qr">${trustedHtml(svg)}</figure>
      <p>${w.codeHelp(vietnamTime(ticket.expiresAt))}</p>`,
  });
}
