// Between the `Entry` everyone else sees and the record IndexedDB keeps: the derived index
// field is added on the way in and removed on the way out, so it never leaks.
import type { Entry } from '../model';
import type { EntryRecord } from './schema';

export function toEntryRecord(entry: Entry): EntryRecord {
  const { pendingAt: _, ...record }: EntryRecord = entry;
  return entry.syncedAt === null ? { ...record, pendingAt: entry.at } : record;
}

export function fromEntryRecord(record: EntryRecord): Entry {
  const { pendingAt: _, ...entry } = record;
  return entry;
}
