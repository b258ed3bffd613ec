// A full kiosk backup to a file, and restoring one, behind the PIN (the screens ask the
// backup's own PIN before `restore`). Making a backup moves the "only on this device" mark:
// entries up to then are in the file. A restore never drops what the device has, and when
// the backup's device key could not be carried the kiosk is set to enroll again.
import type { KioskData, RestoreResult, Store } from '../model';
import type { Checked } from './backup-check';
import {
  backupFileName,
  readBackupFile,
  toBackupFile,
  type BackupFile,
  type ReadBackup,
} from './backup-file';

export interface MadeBackup {
  text: string;
  fileName: string;
  entries: number;
  /** False where the device key is a non-extractable WebCrypto key (enroll again on restore). */
  keyIncluded: boolean;
}

export interface RestoreSummary extends RestoreResult {
  /** The backup was of an enrolled kiosk whose key it could not carry: enroll with a new code. */
  enrollAgain: boolean;
}

export interface BackupService {
  create(): Promise<MadeBackup>;
  read(text: string): ReadBackup;
  restore(backup: { file: BackupFile; data: KioskData }): Promise<RestoreSummary>;
}

export interface BackupServiceDeps {
  store: Pick<Store, 'readAll' | 'restore' | 'getDevice' | 'getSettings' | 'saveSettings'>;
  /** The wire's entry rule (src/sync/wire), the one the server applies. */
  checkEntry: (wire: unknown) => Checked<unknown>;
  /** The storage service: a backup now holds every entry up to its time. */
  backedUp(at: number): Promise<void>;
  appVersion: string;
  schemaVersion: number;
  now: () => number;
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  return {
    async create() {
      const createdAt = deps.now();
      const data = await deps.store.readAll();
      const file = toBackupFile(data, {
        appVersion: deps.appVersion,
        schemaVersion: deps.schemaVersion,
        createdAt,
      });
      const text = JSON.stringify(file);
      await deps.backedUp(createdAt);
      return {
        text,
        fileName: backupFileName(data.settings, createdAt),
        entries: data.entries.length,
        keyIncluded: file.device === null || file.device.privateKey !== null,
      };
    },
    read: (text) => readBackupFile(text, deps.checkEntry),
    async restore({ file, data }) {
      const [device, settings] = await Promise.all([
        deps.store.getDevice(),
        deps.store.getSettings(),
      ]);
      const result = await deps.store.restore(data);
      // Enrolled here and the backup's identity not carried: this device's own server stays.
      if (!result.deviceRestored && device)
        await deps.store.saveSettings({ syncServer: settings.syncServer });
      const enrollAgain = file.device !== null && !result.deviceRestored && !device;
      if (enrollAgain) await deps.store.saveSettings({ setupDone: false });
      return { ...result, enrollAgain };
    },
  };
}
