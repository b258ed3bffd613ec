// The date spellings of a DCC (eu-dcc.md §3). A date counts from 00:00 Vietnam time, as in
// personal-qr.md §1; real issuers wrote some dates as date-times, and the date part counts.
import { HOUR_MS } from '../../times';
import { CborTag, numberOf } from './cbor';

const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

function calendarDay(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d
    ? ms
    : null;
}

/** A text that starts with a valid `YYYY-MM-DD` → the instant that day starts in Vietnam. */
export function dccDate(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return null;
  const day = calendarDay(+m[1]!, +m[2]!, +m[3]!);
  return day === null ? null : day - VIETNAM_OFFSET_MS;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** An RFC 3339 date-time (zone required, fraction allowed) → instant. */
export function dccDateTime(text: string): number | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const day = calendarDay(+m[1]!, +m[2]!, +m[3]!);
  const [h, mi, s] = [+m[4]!, +m[5]!, +m[6]!];
  const [oh, om] = [+(m[10] ?? 0), +(m[11] ?? 0)];
  if (day === null || h > 23 || mi > 59 || s > 60 || oh > 23 || om > 59) return null;
  const offset = (oh * 60 + om) * 60_000 * (m[9] === '-' ? -1 : 1);
  const fraction = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  return day + ((h * 60 + mi) * 60 + Math.min(s, 59)) * 1000 + fraction - offset;
}

/** `sc`: a date-time as text, as CBOR tag 0 (text) or tag 1 (epoch seconds). */
export function sampleTime(v: unknown): number | null {
  if (typeof v === 'string') return dccDateTime(v);
  if (v instanceof CborTag && v.tag === '0' && typeof v.value === 'string')
    return dccDateTime(v.value);
  if (v instanceof CborTag && v.tag === '1') {
    const seconds = numberOf(v.value);
    return seconds === null ? null : Math.floor(seconds * 1000);
  }
  return null;
}
