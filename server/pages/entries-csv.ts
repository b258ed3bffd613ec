// The day's log as CSV for a spreadsheet: UTF-8 with a BOM (so Excel reads Vietnamese), CRLF
// rows, every field quoted when needed, and cells that a spreadsheet would run as a formula
// (=, +, -, @ first) defused with a leading apostrophe.
import type { StoredEntry } from '../store/entries-report';
import { vietnamIso } from './vietnam-day';

const HEADER = [
  'id',
  'time',
  'device',
  'device_label',
  'direction',
  'verdict',
  'decision',
  'admitted',
  'color',
  'reasons',
  'format',
  'source',
  'masked_name',
  'birth_year',
  'masked_id',
  'pass_hash',
  'kid',
  'bundle_seq',
  'received_at',
];

export function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(e: StoredEntry): string {
  const admitted = e.verdict === 'admit' || (e.verdict === 'review' && e.decision === 'admit');
  return [
    e.id,
    vietnamIso(e.at),
    e.deviceId,
    e.deviceLabel,
    e.direction,
    e.verdict,
    e.decision,
    admitted ? 'yes' : 'no',
    e.color,
    e.reasons.join(' '),
    e.format,
    e.source,
    e.maskedName,
    e.birthYear,
    e.maskedId,
    e.passHash,
    e.kid,
    e.bundleSeq,
    vietnamIso(e.receivedAt),
  ]
    .map(cell)
    .join(',');
}

/** The same CSV as text chunks, one per page of entries: for streaming an export of any size. */
export async function* entriesCsvChunks(
  pages: AsyncIterable<readonly StoredEntry[]> | Iterable<readonly StoredEntry[]>,
): AsyncGenerator<string> {
  yield '\uFEFF' + HEADER.join(',') + '\r\n';
  for await (const page of pages) yield page.map((e) => row(e) + '\r\n').join('');
}
