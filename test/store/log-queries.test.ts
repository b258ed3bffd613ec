import './support/indexeddb';
import { describe, expect, it } from 'vitest';
import { addEntries, listEntries } from '../../src/store';
import { scanTimeRange } from '../../src/store/range-scan';
import { foldForSearch } from '../../src/store/search-text';
import { useFreshDb } from './support/fresh-db';
import { DAY, HOUR, NEXT_DAY, makeEntry } from './support/make-entry';

const t = useFreshDb();

describe('listing the log', () => {
  it('lists a span newest first, up to a limit', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => makeEntry({ at: DAY + i * HOUR * 0.5 }));
    await addEntries(t.db, [...entries, makeEntry({ at: NEXT_DAY }), makeEntry({ at: DAY - 1 })]);
    const all = await listEntries(t.db, { from: DAY, to: NEXT_DAY });
    expect(all.map((e) => e.id)).toEqual([...entries].reverse().map((e) => e.id));
    const five = await listEntries(t.db, { from: DAY, to: NEXT_DAY, limit: 5 });
    expect(five.map((e) => e.at)).toEqual(
      entries
        .slice(-5)
        .reverse()
        .map((e) => e.at),
    );
    expect(await listEntries(t.db, { from: NEXT_DAY, to: DAY })).toEqual([]);
  });

  it('searches masked names and IDs without regard to case or diacritics', async () => {
    const han = makeEntry({ maskedName: 'N. L. K. HÂN', maskedId: '********9317', at: DAY + HOUR });
    const an = makeEntry({ maskedName: 'Đ. V. An', maskedId: '********0420', at: DAY + 2 * HOUR });
    const hang = makeEntry({ maskedName: 'T. T. HẰNG', maskedId: '*****1234', at: DAY + 3 * HOUR });
    await addEntries(t.db, [han, an, hang]);
    const search = async (q: string) =>
      (await listEntries(t.db, { from: DAY, to: NEXT_DAY, search: q })).map((e) => e.maskedName);
    expect(await search('han')).toEqual(['T. T. HẰNG', 'N. L. K. HÂN']);
    expect(await search('HÂN')).toEqual(['T. T. HẰNG', 'N. L. K. HÂN']);
    expect(await search('d. v')).toEqual(['Đ. V. An']);
    expect(await search('9317')).toEqual(['N. L. K. HÂN']);
    expect(await search('  ')).toHaveLength(3);
    expect(await search('zzz')).toEqual([]);
  });

  it('keeps only the newest matches when more than the limit match', async () => {
    const entries = Array.from({ length: 50 }, (_, i) =>
      makeEntry({ at: DAY + i * 1000, maskedName: `A. B${i}` }),
    );
    await addEntries(t.db, entries);
    const found = await listEntries(t.db, { from: DAY, to: NEXT_DAY, search: 'a. b', limit: 4 });
    expect(found.map((e) => e.maskedName)).toEqual(['A. B49', 'A. B48', 'A. B47', 'A. B46']);
  });

  it('folds Vietnamese to plain lower case', () => {
    expect(foldForSearch('  NGUYỄN   Thị Đào ')).toBe('nguyen thi dao');
  });
});

describe('scanning a span in chunks', () => {
  it('resumes exactly after the last record, even within one millisecond', async () => {
    const same = Array.from({ length: 11 }, () => makeEntry({ at: DAY + HOUR }));
    const later = Array.from({ length: 4 }, (_, i) => makeEntry({ at: DAY + 2 * HOUR + i }));
    await addEntries(t.db, [...later, ...same, makeEntry({ at: NEXT_DAY })]);
    const chunks: string[][] = [];
    for await (const records of scanTimeRange(t.db, DAY, NEXT_DAY, 3))
      chunks.push(records.map((r) => r.id));
    expect(chunks.every((c) => c.length <= 3)).toBe(true);
    expect(chunks.flat()).toEqual([...same.map((e) => e.id).sort(), ...later.map((e) => e.id)]);
  });
});
