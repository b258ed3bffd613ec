// The SyncState kept on the device, written one change at a time (read, patch, write) so that
// an upload and a bundle check never lose each other's fields; the last value is kept for the
// status the screens read.
import { DEFAULT_SYNC_STATE, type Store, type SyncState } from '../model';

export function createSyncRecord(source: Pick<Store, 'getSyncState' | 'putSyncState'>) {
  let current: SyncState = DEFAULT_SYNC_STATE;
  let writes: Promise<unknown> = Promise.resolve();
  return {
    get current(): SyncState {
      return current;
    },
    async load(): Promise<SyncState> {
      current = await source.getSyncState();
      return current;
    },
    update(patch: (s: SyncState) => Partial<SyncState>): Promise<SyncState> {
      const write = writes.then(async () => {
        const stored = await source.getSyncState();
        const next = { ...stored, ...patch(stored) };
        await source.putSyncState(next);
        current = next;
        return next;
      });
      writes = write.catch(() => undefined);
      return write;
    },
  };
}
