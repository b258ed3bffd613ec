// The kiosk's single records: settings, the held trust bundle, the device identity, sync state
// and the PIN lock. Each lives under one key in its own store; a missing record reads as its
// default, so a fresh kiosk and an older one that never wrote a field behave the same.
import {
  DEFAULT_SETTINGS,
  DEFAULT_SYNC_STATE,
  type DeviceIdentity,
  type HeldBundle,
  type PinLock,
  type Settings,
  type SyncError,
  type SyncState,
} from '../model';
import { CURRENT, type BundleRecord, type KioskDb } from './schema';
import { runWrite } from './write-tx';

export const DEFAULT_PIN_LOCK: PinLock = { failures: 0, lockedUntil: null };

/** Stored settings merged over the defaults, so a field added in a later release has a value. */
export async function getSettings(db: KioskDb): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await db.get('settings', CURRENT)) };
}

/** Merges `patch` into the stored settings in one transaction; resolves with the result. */
export function saveSettings(db: KioskDb, patch: Partial<Settings>): Promise<Settings> {
  return runWrite(db, ['settings'], async (tx) => {
    const next = { ...(await tx.store.get(CURRENT)), ...patch };
    await tx.store.put(next, CURRENT);
    return { ...DEFAULT_SETTINGS, ...next };
  });
}

export async function getHeldBundle(db: KioskDb): Promise<HeldBundle | null> {
  const record = await db.get('bundle', CURRENT);
  return record?.held ? { ...record.held, lastRefusal: record.lastRefusal } : null;
}

/** The last bundle refused, even when no bundle is held yet (a refusal at set-up). */
export async function getLastBundleRefusal(db: KioskDb): Promise<HeldBundle['lastRefusal']> {
  return (await db.get('bundle', CURRENT))?.lastRefusal ?? null;
}

/**
 * Replaces the held bundle. The verifier has already applied spec §4; as a last guard the store
 * refuses to go back to a lower seq than it holds (a replay), resolving false.
 */
export function putHeldBundle(db: KioskDb, held: HeldBundle): Promise<boolean> {
  return runWrite(
    db,
    ['bundle'],
    async (tx) => {
      const current = await tx.store.get(CURRENT);
      if (current?.held && held.seq < current.held.seq) return false;
      const { lastRefusal, ...bundle } = held;
      await tx.store.put({ held: bundle, lastRefusal }, CURRENT);
      return true;
    },
    'strict',
  );
}

/** Notes a refused bundle for the settings screen; the held bundle is not touched. */
export function recordBundleRefusal(db: KioskDb, code: string, at: number): Promise<void> {
  return runWrite(db, ['bundle'], async (tx) => {
    const current: BundleRecord = (await tx.store.get(CURRENT)) ?? {
      held: null,
      lastRefusal: null,
    };
    await tx.store.put({ ...current, lastRefusal: { code, at } }, CURRENT);
  });
}

export async function getDevice(db: KioskDb): Promise<DeviceIdentity | null> {
  const stored = await db.get('device', CURRENT);
  return stored && 'deviceId' in stored ? stored : null;
}

/** A CryptoKey in `privateKey` is stored by structured clone and stays non-extractable. */
export async function putDevice(db: KioskDb, device: DeviceIdentity): Promise<void> {
  await runWrite(db, ['device'], (tx) => tx.store.put(device, CURRENT), 'strict');
}

export async function getSyncState(db: KioskDb): Promise<SyncState> {
  const stored = await db.get('syncState', CURRENT);
  return { ...DEFAULT_SYNC_STATE, ...stored, lastError: readSyncError(stored?.lastError) };
}

/** Versions before typed sync errors stored a sentence: it is kept as the detail of 'unknown'. */
function readSyncError(stored: SyncError | string | null | undefined): SyncError | null {
  if (!stored) return null;
  return typeof stored === 'string' ? { code: 'unknown', detail: stored } : stored;
}

export async function putSyncState(db: KioskDb, state: SyncState): Promise<void> {
  await runWrite(db, ['syncState'], (tx) => tx.store.put(state, CURRENT));
}

export async function getPinLock(db: KioskDb): Promise<PinLock> {
  return { ...DEFAULT_PIN_LOCK, ...(await db.get('pinLock', CURRENT)) };
}

/** 'strict': a lock-out must survive a reboot meant to get round it. */
export async function putPinLock(db: KioskDb, lock: PinLock): Promise<void> {
  await runWrite(db, ['pinLock'], (tx) => tx.store.put(lock, CURRENT), 'strict');
}
