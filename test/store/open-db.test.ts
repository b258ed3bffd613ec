import './support/indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteKioskDb, openKioskDb, requestPersistentStorage } from '../../src/store';
import { StoreError } from '../../src/model';
import { uniqueDbName } from './support/fresh-db';

afterEach(() => void vi.unstubAllGlobals());

describe('opening the store', () => {
  it('without IndexedDB (some private modes) fails as StoreError("unavailable")', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const error = await openKioskDb(uniqueDbName(), { persist: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('unavailable');
  });

  it('asks for persistent storage and tolerates a browser without the Storage API', async () => {
    const asked = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist: asked, persisted: async () => false } });
    expect(await requestPersistentStorage()).toBe('persisted');
    expect(asked).toHaveBeenCalledOnce();

    vi.stubGlobal('navigator', { storage: { persist: async () => false } });
    expect(await requestPersistentStorage()).toBe('not-persisted');
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('denied')) } });
    expect(await requestPersistentStorage()).toBe('unsupported');
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe('unsupported');
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistentStorage()).toBe('unsupported');
  });

  it('opening asks for persistence by default, and not when told not to', async () => {
    const asked = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persist: asked } });
    const name = uniqueDbName();
    const quiet = await openKioskDb(name, { persist: false });
    quiet.close();
    expect(asked).not.toHaveBeenCalled();
    const db = await openKioskDb(name);
    expect(asked).toHaveBeenCalledOnce();
    await deleteKioskDb(name, db);
  });
});
