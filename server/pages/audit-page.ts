// The audit log as a page: newest first, who did what, to how many rows, with what was asked
// in its masked form. Owners see the rows naming their venues, an authority its own queries,
// the operator everything.
import type { AuditRow } from '../privacy/audit-log';
import { html } from './html';
import { layout, type Frame } from './layout';
import { vietnamTime } from './vietnam-day';

function detailText(f: Frame, row: AuditRow, venueNames: Map<string, string>): string {
  const d = row.detail;
  const parts: string[] = [];
  if (Array.isArray(d.asked)) parts.push(d.asked.join(', '));
  if (typeof d.from === 'number' && typeof d.to === 'number')
    parts.push(`${vietnamTime(d.from).slice(0, 10)} → ${vietnamTime(d.to - 1).slice(0, 10)}`);
  if (typeof d.hours === 'number') parts.push(`±${d.hours} h`);
  if (typeof d.days === 'number') parts.push(`${d.days} d`);
  if (typeof d.login === 'string') parts.push(d.login);
  const venues = row.venueIds.map((id) => venueNames.get(id) ?? id.slice(-6));
  if (venues.length) parts.push(`${f.w.venue}: ${venues.join(', ')}`);
  return parts.join(' · ');
}

export function auditPage(
  f: Frame,
  rows: readonly AuditRow[],
  venueNames: Map<string, string>,
): string {
  const w = f.w.audit;
  return layout(f, {
    title: w.title,
    body: html`<p>${w.intro}</p>
      ${
        rows.length === 0
          ? html`<p>${w.empty}</p>`
          : html`<div class="scroll">
              <table class="audit">
                <thead>
                  <tr>
                    <th scope="col">${w.when}</th>
                    <th scope="col">${w.who}</th>
                    <th scope="col">${w.what}</th>
                    <th scope="col">${w.rows}</th>
                    <th scope="col">${w.detail}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (r) =>
                      html`<tr data-action="${r.action}">
                        <td>${vietnamTime(r.at)}</td>
                        <td>
                          ${
                            r.actorRole === 'system'
                              ? w.system
                              : `${r.actorLogin} (${f.w.roles[r.actorRole as 'owner'] ?? r.actorRole})`
                          }
                        </td>
                        <td>${w.actions[r.action] ?? r.action}</td>
                        <td>${r.rows}</td>
                        <td>${detailText(f, r, venueNames)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`,
  });
}
