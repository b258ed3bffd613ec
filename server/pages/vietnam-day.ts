// Days as the venue lives them: Vietnam time (UTC+7, no daylight saving), as in spec §1.
const OFFSET_MS = 7 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → [start, end) in epoch ms; null for anything that is not a real date. */
export function vietnamDayRange(day: string): { from: number; to: number } | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(utc).toISOString().slice(0, 10) !== day) return null;
  return { from: utc - OFFSET_MS, to: utc - OFFSET_MS + DAY_MS };
}

export function vietnamDayOf(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** `2021-10-05 14:03:07` in Vietnam time. */
export function vietnamTime(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** ISO 8601 with the +07:00 offset, for CSV files. */
export function vietnamIso(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}
