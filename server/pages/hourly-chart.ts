// Scans by hour of the day as an inline SVG bar chart (attributes only: the pages' CSP allows
// no inline style), with each bar's number written above it and a <title> per bar for
// screen readers.
import { html, type Html } from './html';
import type { Frame } from './layout';

const W = 24 * 28;
const H = 160;

export function hourlyChart(f: Frame, counts: readonly number[]): Html {
  const max = Math.max(1, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return html`<p class="note">${f.w.owner.chartEmpty}</p>`;
  return html`<figure class="chart">
    <figcaption>${f.w.owner.chart}</figcaption>
    <svg viewBox="0 0 ${W} ${H + 34}" role="img" aria-label="${f.w.owner.chart}">
      ${counts.map((n, hour) => {
        const h = Math.round((n / max) * H);
        const x = hour * 28 + 3;
        return html`<g>
          <title>${String(hour).padStart(2, '0')}:00 — ${n}</title>
          <rect class="bar" x="${x}" y="${H + 14 - h}" width="22" height="${h}"></rect>
          ${n > 0 ? html`<text x="${x + 11}" y="${H + 10 - h}" text-anchor="middle">${n}</text>` : ''}
          <text class="axis" x="${x + 11}" y="${H + 30}" text-anchor="middle">${hour}</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}
