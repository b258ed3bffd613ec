import './support/indexeddb';
import { describe, expect, it } from 'vitest';
import { addEntries, exportCsv } from '../../src/store';
import { csvCell } from '../../src/store/csv-export';
import { useFreshDb } from './support/fresh-db';
import { DAY, HOUR, NEXT_DAY, makeEntry } from './support/make-entry';

const t = useFreshDb();

/** A minimal RFC 4180 reader, to check the file parses back to what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n')
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  return rows;
}

async function csvOf(from: number, to: number): Promise<{ bytes: Uint8Array; rows: string[][] }> {
  const blob = await exportCsv(t.db, from, to);
  expect(blob.type).toBe('text/csv;charset=utf-8');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return {
    bytes,
    rows: parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)),
  };
}

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and a header, one row per entry of [from, to), oldest first', async () => {
    const first = makeEntry({
      at: DAY + 8 * HOUR,
      maskedName: 'N. V. ÂN',
      passId: 'qid:987654321',
      syncedAt: NEXT_DAY,
    });
    const second = makeEntry({
      at: DAY + 9 * HOUR,
      verdict: 'review',
      decision: 'refuse',
      reasons: ['IDENTITY_ONLY', 'BUNDLE_STALE'],
    });
    await addEntries(t.db, [
      second,
      first,
      makeEntry({ at: NEXT_DAY }),
      makeEntry({ at: DAY - 1 }),
    ]);
    const { bytes, rows } = await csvOf(DAY, NEXT_DAY);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = rows;
    expect(header?.slice(0, 3)).toEqual(['id', 'time', 'utc']);
    const col = (name: string) => header!.indexOf(name);
    expect(body).toHaveLength(2);
    expect(body.map((r) => r[col('id')])).toEqual([first.id, second.id]);
    expect(body[0]![col('name')]).toBe('N. V. ÂN');
    // The QID was keyed on the way in: the file holds its pseudonym, never the QID.
    expect(col('pass_id')).toBe(-1);
    expect(body[0]![col('pass_pseudonym')]).toMatch(/^p1:[A-Za-z0-9_-]{22}$/);
    expect(new TextDecoder().decode(bytes)).not.toContain('987654321');
    expect(body[0]![col('utc')]).toBe(new Date(first.at).toISOString());
    expect(body[0]![col('time')]).toBe('2021-10-20 08:00:00');
    expect(body[0]![col('synced_at')]).toBe(new Date(NEXT_DAY).toISOString());
    expect(body[1]![col('decision')]).toBe('refuse');
    expect(body[1]![col('reasons')]).toBe('IDENTITY_ONLY BUNDLE_STALE');
    expect(body[1]![col('synced_at')]).toBe('');
    // The Vietnamese letters are UTF-8 bytes, not mojibake.
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('N. V. ÂN');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', async () => {
    const nasty = makeEntry({
      maskedName: 'A, "B"\nC',
      maskedId: '=HYPERLINK("http://x")',
      passId: 'manual:@SUM(1)',
    });
    await addEntries(t.db, [nasty, makeEntry({ maskedName: '-2+3', maskedId: '+84' })]);
    const { rows } = await csvOf(DAY, NEXT_DAY);
    const [header, a, b] = rows;
    const col = (name: string) => header!.indexOf(name);
    expect(a![col('name')]).toBe('A, "B"\nC');
    expect(a![col('id_number')]).toBe(`'=HYPERLINK("http://x")`);
    expect(a![col('pass_pseudonym')]).toMatch(/^p1:/);
    expect(b![col('name')]).toBe(`'-2+3`);
    expect(b![col('id_number')]).toBe(`'+84`);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('encodes single cells by RFC 4180', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(1987)).toBe('1987');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
  });

  it('an empty span is a header alone', async () => {
    await addEntries(t.db, [makeEntry({ at: DAY })]);
    const { rows } = await csvOf(NEXT_DAY, NEXT_DAY + HOUR);
    expect(rows).toHaveLength(1);
  });
});
