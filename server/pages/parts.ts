// Pieces the owner, authority and operator pages share: verdicts, decisions and colours in
// words with a colour chip (colour never alone), reasons in words, a device's name, and the
// table of entries.
import type { BundleRefusalReport } from '../../src/sync/wire';
import type { StoredEntry } from '../store/entries-report';
import { html, type Html } from './html';
import type { Frame } from './layout';
import { vietnamTime } from './vietnam-day';

export const CHIP_COLOURS = ['green', 'yellow', 'red', 'none'];

/** A coloured dot with the colour's name: the name carries the meaning, the dot helps. */
export function colourChip(f: Frame, colour: string): Html {
  const known = CHIP_COLOURS.includes(colour) ? colour : 'none';
  return html`<span class="chip chip-${known}"
    ><span class="dot" aria-hidden="true"></span>${f.w.entry.colours[colour] ?? colour}</span
  >`;
}

export function verdictChip(f: Frame, verdict: string): Html {
  const tone = verdict === 'admit' ? 'green' : verdict === 'review' ? 'yellow' : 'red';
  return html`<span class="chip chip-${tone}"
    ><span class="dot" aria-hidden="true"></span>${f.w.entry.verdicts[verdict] ?? verdict}</span
  >`;
}

export function decisionWords(f: Frame, e: Pick<StoredEntry, 'verdict' | 'decision'>): string {
  if (e.verdict !== 'review') return '';
  const d = f.w.entry.decisions;
  return e.decision === 'admit' ? d.admit : e.decision === 'refuse' ? d.refuse : d.none;
}

export const reasonWords = (f: Frame, reasons: readonly string[]) =>
  reasons.map((r) => f.w.entry.reasons[r] ?? r).join('; ');

export const deviceName = (f: Frame, label: string, id: string) =>
  label.trim() || `${f.w.devices.unnamed} (…${id.slice(-6)})`;

/** A kiosk's last refused trust bundle in words (why, how long ago), or nothing. */
export function bundleRefusalNote(f: Frame, refusal: BundleRefusalReport | null | undefined): Html {
  if (!refusal) return html``;
  const w = f.w.devices;
  const reason = Object.hasOwn(w.bundleRefusal, refusal.code)
    ? w.bundleRefusal[refusal.code]!
    : w.bundleRefusalOther(refusal.code);
  return html`<strong class="refusal" data-testid="bundle-refusal"
    >${w.bundleRefused(reason, f.w.ago(Math.max(0, f.now - refusal.at)))}</strong
  >`;
}

export const when = (f: Frame, ms: number | null) =>
  ms === null ? f.w.never : `${vietnamTime(ms)} (${f.w.ago(Math.max(0, f.now - ms))})`;

export function entriesTable(
  f: Frame,
  entries: readonly (StoredEntry & { venueName?: string })[],
  opts: { venue?: boolean; extra?: [string, (e: StoredEntry) => string] } = {},
): Html {
  const c = f.w.entry;
  return html`<div class="scroll">
    <table class="entries">
      <thead>
        <tr>
          <th scope="col">${c.time}</th>
          ${opts.venue ? html`<th scope="col">${c.venue}</th>` : ''}
          <th scope="col">${c.device}</th>
          <th scope="col">${c.direction}</th>
          <th scope="col">${c.verdict}</th>
          <th scope="col">${c.decision}</th>
          <th scope="col">${c.colour}</th>
          <th scope="col">${c.name}</th>
          <th scope="col">${c.born}</th>
          <th scope="col">${c.id}</th>
          <th scope="col">${c.why}</th>
          ${opts.extra ? html`<th scope="col">${opts.extra[0]}</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${entries.map(
          (e) =>
            html`<tr>
              <td>${vietnamTime(e.at)}</td>
              ${opts.venue ? html`<td>${e.venueName ?? ''}</td>` : ''}
              <td>${deviceName(f, e.deviceLabel, e.deviceId)}</td>
              <td>${c.directions[e.direction] ?? e.direction}</td>
              <td>${verdictChip(f, e.verdict)}</td>
              <td>${decisionWords(f, e)}</td>
              <td>${colourChip(f, e.color)}</td>
              <td>${e.maskedName}</td>
              <td>${e.birthYear ?? ''}</td>
              <td>${e.maskedId}</td>
              <td>${reasonWords(f, e.reasons)}</td>
              ${opts.extra ? html`<td>${opts.extra[1](e)}</td>` : ''}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The owner's venues as a <select>, the chosen one selected. */
export function venueSelect(
  f: Frame,
  venues: readonly { id: string; name: string }[],
  chosen: string | null,
): Html {
  return html`<label
    >${f.w.venue}
    <select name="venue">
      ${venues.map(
        (v) =>
          html`<option value="${v.id}" ${v.id === chosen ? html`selected` : ''}>${v.name}</option>`,
      )}
    </select>
  </label>`;
}
