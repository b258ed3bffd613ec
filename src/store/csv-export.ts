// The log as a CSV file for the venue's records or a health authority: UTF-8 with a BOM so
// Excel shows Vietnamese, RFC 4180 quoting, CRLF rows, and cells that cannot run as formulas.
// It holds no ID number or QID: the masked ID for the eye, and the pass as its keyed pseudonym
// (`pass_pseudonym`, the same person at this venue → the same value); anything else there
// (never stored since schema 4) is left out rather than printed.
import { isPassPseudonym } from '../core';
import type { Entry } from '../model';
import type { KioskDb } from './schema';
import { scanTimeRange } from './range-scan';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

const COLUMNS: ReadonlyArray<readonly [string, (e: Entry) => string | number | null]> = [
  ['id', (e) => e.id],
  ['time', (e) => localTime(e.at)],
  ['utc', (e) => new Date(e.at).toISOString()],
  ['direction', (e) => e.direction],
  ['verdict', (e) => e.verdict],
  ['decision', (e) => e.decision],
  ['color', (e) => e.color],
  ['reasons', (e) => e.reasons.join(' ')],
  ['name', (e) => e.maskedName],
  ['birth_year', (e) => e.birthYear],
  ['id_number', (e) => e.maskedId],
  ['pass_pseudonym', (e) => (e.passId && isPassPseudonym(e.passId) ? e.passId : null)],
  ['format', (e) => e.format],
  ['source', (e) => e.source],
  ['issuer_kid', (e) => e.kid],
  ['bundle_seq', (e) => e.bundleSeq],
  ['synced_at', (e) => (e.syncedAt === null ? null : new Date(e.syncedAt).toISOString())],
];

/**
 * One CSV cell. A cell starting with = + - @ (or tab / CR) is a formula to a spreadsheet, and
 * names and IDs come from scanned codes, so such a cell gets a leading apostrophe (OWASP).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  if (!NEEDS_CARE.test(text)) return text; // the common case: one test, no copy
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(entry: Entry): string {
  return COLUMNS.map(([, get]) => csvCell(get(entry))).join(',');
}

/** The entries of [from, to), oldest first, as a CSV Blob. */
export async function exportCsv(db: KioskDb, from: number, to: number): Promise<Blob> {
  const parts: string[] = [BOM + COLUMNS.map(([name]) => name).join(',') + '\r\n'];
  for await (const records of scanTimeRange(db, from, to)) {
    // Entry fields only: the record's index fields have no column.
    parts.push(records.map(csvRow).join('\r\n') + '\r\n');
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** `YYYY-MM-DD HH:MM:SS` on the device's clock, a form Excel reads as a date and time. */
function localTime(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
