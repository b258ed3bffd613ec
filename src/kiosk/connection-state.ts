// What the status bar says about the kiosk's connection. "Connected" means the sync server
// answered the last request (the sync client's `server`); the browser's navigator.onLine is
// only a hint, trusted when it says there is no network at all. A standalone kiosk has no
// server to reach, and says nothing about it.
import type { SyncStatus } from '../model';

export type ConnectionState = 'standalone' | 'offline' | 'connected' | 'lost' | 'checking';

export function connectionState(
  status: Pick<SyncStatus, 'online' | 'server'>,
  enrolled: boolean,
): ConnectionState {
  if (!enrolled) return 'standalone';
  if (!status.online) return 'offline';
  return status.server === 'answered'
    ? 'connected'
    : status.server === 'failed'
      ? 'lost'
      : 'checking';
}
