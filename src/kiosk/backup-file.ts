// The kiosk backup file: one JSON document with everything the kiosk keeps (entries,
// settings with the PIN hash, trust bundle, device identity, sync record). The device's key
// goes in only where it can be exported (the @noble seed of browsers without WebCrypto
// Ed25519); a WebCrypto key is made non-extractable on purpose, so a kiosk restored from such
// a backup enrolls again with a new code. Reading a file checks every part (backup-check.ts).
import type { DeviceIdentity, KioskData, Settings } from '../model';
import {
  checkBundle,
  checkEntries,
  checkSettings,
  readSyncState,
  type Checked,
} from './backup-check';

export const BACKUP_KIND = 'kiosk-backup';
export const BACKUP_FORMAT = 1;
/** A week of a busy door is a few MB; anything far larger is not a backup of ours. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** The device as written: its key as the b64u seed, or null where it could not be carried. */
export type BackupDevice = Omit<DeviceIdentity, 'privateKey'> & { privateKey: string | null };

export interface BackupFile extends Omit<KioskData, 'device'> {
  kind: typeof BACKUP_KIND;
  format: typeof BACKUP_FORMAT;
  appVersion: string;
  schemaVersion: number;
  createdAt: number;
  device: BackupDevice | null;
}

export function toBackupFile(
  data: KioskData,
  made: { appVersion: string; schemaVersion: number; createdAt: number },
): BackupFile {
  const { device, ...rest } = data;
  return {
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT,
    ...made,
    ...rest,
    device: device && {
      ...device,
      privateKey: typeof device.privateKey === 'string' ? device.privateKey : null,
    },
  };
}

/** `kiosk-backup-<venue>-2026-11-21.json`, the venue cut to what a file name takes. */
export function backupFileName(settings: Pick<Settings, 'venueName'>, at: number): string {
  const venue = settings.venueName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const day = new Date(at).toISOString().slice(0, 10);
  return `kiosk-backup${venue ? `-${venue}` : ''}-${day}.json`;
}

export type BackupProblem = 'not-a-backup' | 'newer-format' | 'damaged';

export type ReadBackup =
  | { ok: true; file: BackupFile; data: KioskData }
  | { ok: false; problem: BackupProblem; detail?: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkDevice(value: unknown): Checked<BackupDevice | null> {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (!isObject(value)) return { ok: false, reason: 'device: not an object' };
  const { deviceId, venueId, venueName, publicKey, privateKey, enrolledAt } = value;
  const text = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  if (!text(deviceId) || !text(venueId) || typeof venueName !== 'string' || !text(publicKey))
    return { ok: false, reason: 'device: identity not valid' };
  if (privateKey !== null && !(typeof privateKey === 'string' && privateKey.length === 43))
    return { ok: false, reason: 'device.privateKey: not a 32-byte seed' };
  if (!Number.isSafeInteger(enrolledAt)) return { ok: false, reason: 'device.enrolledAt' };
  return { ok: true, value: value as unknown as BackupDevice };
}

/** Reads a backup file's text, checking every part; `checkEntry` is the wire's entry rule. */
export function readBackupFile(
  text: string,
  checkEntry: (wire: unknown) => Checked<unknown>,
): ReadBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-a-backup' };
  }
  if (!isObject(json) || json.kind !== BACKUP_KIND) return { ok: false, problem: 'not-a-backup' };
  if (json.format !== BACKUP_FORMAT) return { ok: false, problem: 'newer-format' };
  const settings = checkSettings(json.settings);
  const bundle = checkBundle(json.bundle);
  const device = checkDevice(json.device);
  const entries = checkEntries(json.entries, checkEntry);
  const damaged = (detail: string): ReadBackup => ({ ok: false, problem: 'damaged', detail });
  if (!settings.ok) return damaged(settings.reason);
  if (!bundle.ok) return damaged(bundle.reason);
  if (!device.ok) return damaged(device.reason);
  if (!entries.ok) return damaged(entries.reason);
  const createdAt = Number.isSafeInteger(json.createdAt) ? (json.createdAt as number) : 0;
  const file: BackupFile = {
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT,
    appVersion: typeof json.appVersion === 'string' ? json.appVersion.slice(0, 40) : '?',
    schemaVersion: Number.isSafeInteger(json.schemaVersion) ? (json.schemaVersion as number) : 0,
    createdAt,
    settings: settings.value,
    bundle: bundle.value,
    device: device.value,
    syncState: readSyncState(json.syncState),
    entries: entries.value,
  };
  const restoredDevice = device.value?.privateKey
    ? { ...device.value, privateKey: device.value.privateKey }
    : null;
  return {
    ok: true,
    file,
    data: {
      entries: file.entries,
      settings: file.settings,
      bundle: file.bundle,
      device: restoredDevice,
      syncState: file.syncState,
    },
  };
}
