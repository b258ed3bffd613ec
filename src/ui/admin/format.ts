// Dates and times for the admin screens, in the kiosk's language. Vietnamese writes dates
// day first (25/11/2025) and times on a 24-hour clock.
import type { Language } from '../i18n';

const locale = (language: Language) => (language === 'vi' ? 'vi-VN' : 'en-GB');

export function formatDateTime(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

export function formatDate(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(ms);
}

export function formatTime(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

/** `YYYY-MM-DD` of the local day, the value format of `<input type="date">`. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Start of the local day named by a `YYYY-MM-DD` input value; null if it is not one. */
export function fromDateInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) || toDateInput(d.getTime()) !== value ? null : d.getTime();
}
