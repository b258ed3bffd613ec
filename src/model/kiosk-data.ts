// Everything a kiosk keeps that a backup carries, as read in one transaction, and what a
// restore did with it.
import type { DeviceIdentity } from './device';
import type { Entry } from './entry';
import type { Settings } from './settings';
import type { SyncState } from './sync-state';
import type { HeldBundle } from './trust';

export interface KioskData {
  entries: Entry[];
  settings: Settings;
  bundle: HeldBundle | null;
  device: DeviceIdentity | null;
  syncState: SyncState;
}

export interface RestoreResult {
  /** Entries of the backup the device did not have. */
  added: number;
  /** Entries it had already (kept as they are on the device). */
  alreadyHere: number;
  /** The backup's device identity was restored (its key could be carried). */
  deviceRestored: boolean;
}
