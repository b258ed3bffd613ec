// Entries per hour of today as SVG bars, with hour labels and a top count, and the same
// figures in one sentence for screen readers (and anyone who prefers words).
import { useStrings } from '../../i18n';
import { peakHour } from './peak-hour';

const W = 480;
const H = 200;
const PAD = { left: 40, right: 12, top: 18, bottom: 34 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;
const SLOT = PLOT_W / 24;

export function HourlyChart({ counts }: { counts: readonly number[] }) {
  const s = useStrings();
  const total = counts.reduce((a, b) => a + b, 0);
  const peak = peakHour(counts);
  const max = Math.max(1, peak.count);
  return (
    <figure class="hourly" aria-labelledby="hourly-title">
      <h3 id="hourly-title">{s.log.chartTitle}</h3>
      <svg
        class="hourly__svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="hourly-title hourly-summary"
        focusable="false"
      >
        <line
          class="hourly__axis"
          x1={PAD.left}
          y1={PAD.top + PLOT_H}
          x2={W - PAD.right}
          y2={PAD.top + PLOT_H}
        />
        <line class="hourly__axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + PLOT_H} />
        <text class="hourly__label" x={PAD.left - 6} y={PAD.top + 7} text-anchor="end">
          {max}
        </text>
        <text class="hourly__label" x={PAD.left - 6} y={PAD.top + PLOT_H} text-anchor="end">
          0
        </text>
        {counts.map((count, hour) => {
          const h = (count / max) * PLOT_H;
          return (
            <rect
              key={hour}
              class="hourly__bar"
              data-hour={hour}
              data-count={count}
              x={PAD.left + hour * SLOT + 2}
              y={PAD.top + PLOT_H - h}
              width={SLOT - 4}
              height={h}
            >
              <title>{s.log.chartBar(hour, count)}</title>
            </rect>
          );
        })}
        {[0, 6, 12, 18].map((hour) => (
          <text
            key={hour}
            class="hourly__label"
            x={PAD.left + hour * SLOT}
            y={H - 8}
            text-anchor="start"
          >
            {`${hour}h`}
          </text>
        ))}
      </svg>
      <figcaption id="hourly-summary" data-testid="hourly-summary">
        {s.log.chartSummary(total, peak.hour, peak.count)}
      </figcaption>
    </figure>
  );
}
