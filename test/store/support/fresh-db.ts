// One database per test, under a name no other test (or parallel run) uses, deleted after it
// (the pattern of automerge-repo's IndexedDBStorageAdapter tests).
import { afterEach, beforeEach } from 'vitest';
import { deleteKioskDb, openKioskDb, type KioskDb } from '../../../src/store';

export function uniqueDbName(): string {
  return `kiosk-test-${crypto.randomUUID()}`;
}

export interface DbFixture {
  db: KioskDb;
  name: string;
}

export function useFreshDb(): DbFixture {
  const fixture = {} as DbFixture;
  beforeEach(async () => {
    fixture.name = uniqueDbName();
    fixture.db = await openKioskDb(fixture.name, { persist: false });
  });
  afterEach(async () => {
    await deleteKioskDb(fixture.name, fixture.db);
  });
  return fixture;
}
