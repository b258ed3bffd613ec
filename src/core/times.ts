// The spec's date and time spellings (§1), as epoch milliseconds.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** Vietnam time is UTC+7 all year; a calendar date starts at 00:00 there. */
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Date.UTC rolls 31 September over to 1 October; a real date survives the round trip.
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    back.getUTCHours() !== h ||
    back.getUTCMinutes() !== mi ||
    back.getUTCSeconds() !== s
  ) {
    return null;
  }
  return ms;
}

/** `YYYYMMDD` → the instant that day starts in Vietnam. */
export function parseVnDate(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const start = utcMs(+m[1]!, +m[2]!, +m[3]!);
  return start === null ? null : start - VIETNAM_OFFSET_MS;
}

/** `YYYYMMDDTHHMMZ` → instant. */
export function parseQrTime(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return null;
  return utcMs(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
}

/** Instant → `YYYYMMDDTHHMMZ` (seconds dropped). */
export function formatQrTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 13) + 'Z';
}

/** An RFC 3339 instant with an explicit zone, as used in the trust bundle. */
export function parseIsoInstant(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.exec(
    text,
  );
  if (!m) return null;
  if (utcMs(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!) === null) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}
