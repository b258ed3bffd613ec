// How safe the kiosk's data is on this device: whether the browser promised to keep it, when
// the kiosk last asked, the last backup, and a record of a wipe it found at start-up.

/** The browser's answer to `navigator.storage.persist()`. */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

/** What the kiosk knew about itself before its data vanished (kept outside IndexedDB). */
export interface InstallTrace {
  installId: string;
  /** The sync server's device id, when the kiosk was enrolled. */
  deviceId: string | null;
  serverUrl: string | null;
  venueName: string;
  /** Entries that existed only on this device when the trace was last written. */
  localOnly: number;
  oldestLocalOnlyAt: number | null;
  updatedAt: number;
}

/** The storage record (schema version 3), one per kiosk database. */
export interface StorageState {
  /** Made when this database was first used; the trace outside IndexedDB names it. */
  installId: string;
  createdAt: number;
  persistence: Persistence | null;
  persistAskedAt: number | null;
  lastBackupAt: number | null;
  /** The trace of an install whose data was gone when this one started; null once set up again. */
  lostInstall: InstallTrace | null;
}

/** Entries that exist only on this device: not on the server, and not in the last backup. */
export interface LocalOnly {
  count: number;
  oldestAt: number | null;
}
