// The sync client as the services' SyncPort (src/app/ports.ts). `uploadPending` passes an
// optional `{ force }` through: "sync now" and the network coming back should force, so that
// they do not wait out a backoff; the interval and the after-write trigger should not.
import type { SyncPort } from '../app/ports';
import type { SyncClient } from './sync-client';

export function asSyncPort(
  client: SyncClient,
): SyncPort & { uploadPending(opts?: { force?: boolean }): Promise<void> } {
  return {
    enroll: (serverUrl, code) => client.enroll(serverUrl, code),
    async uploadPending(opts?: { force?: boolean }) {
      await client.uploadPending(opts);
    },
    async refreshBundle(offer) {
      await client.refreshBundle(offer);
    },
  };
}
