// The busiest hour of a day's hourly counts, for the chart's one-line summary.

/** The busiest hour (the first one on a tie) and its count. */
export function peakHour(counts: readonly number[]): { hour: number; count: number } {
  let hour = 0;
  counts.forEach((c, h) => {
    if (c > (counts[hour] ?? 0)) hour = h;
  });
  return { hour, count: counts[hour] ?? 0 };
}
