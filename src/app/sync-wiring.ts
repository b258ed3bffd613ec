// Binds the HTTP sync client to the store, and its status (which changes on its own retries
// too, not only when the services ask) to a signal the status bar reads.
import { signal, type Signal } from '@preact/signals';
import { asSyncPort, createSyncClient } from '../sync';
import type { SyncState } from '../store/types';
import type { StorePort, SyncPort } from './ports';

export function httpSync(
  store: StorePort,
  initial: SyncState,
): { port: SyncPort; status: Signal<SyncState & { running: boolean }> } {
  const status = signal<SyncState & { running: boolean }>({ ...initial, running: false });
  const client = createSyncClient({
    source: {
      takeUnsynced: (limit) => store.takeUnsynced(limit),
      markSynced: (acks, at) => store.markSynced(acks, at),
      getSyncState: () => store.getSyncState(),
      putSyncState: (state) => store.putSyncState(state),
      getDevice: () => store.getDevice(),
      getServerUrl: async () => (await store.getSettings()).syncServer,
    },
    onStatus: ({ nextAttemptAt: _n, setAside: _s, ...state }) => (status.value = state),
  });
  return { port: asSyncPort(client), status };
}
