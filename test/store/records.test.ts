import './support/indexeddb';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PIN_LOCK,
  getDevice,
  getHeldBundle,
  getLastBundleRefusal,
  getPinLock,
  getSettings,
  getSyncState,
  openKioskDb,
  putDevice,
  putHeldBundle,
  putPinLock,
  putSyncState,
  recordBundleRefusal,
  saveSettings,
} from '../../src/store';
import { DEFAULT_SETTINGS, DEFAULT_SYNC_STATE, type DeviceIdentity } from '../../src/model';
import { withWriteFaults } from '../support/faulty-db';
import { useFreshDb } from './support/fresh-db';

const t = useFreshDb();

describe('settings', () => {
  it('reads the defaults on a fresh kiosk and merges saved patches over them', async () => {
    expect(await getSettings(t.db)).toEqual(DEFAULT_SETTINGS);
    const saved = await saveSettings(t.db, { venueName: 'Nhà sách Phương Nam', capacity: 40 });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, venueName: 'Nhà sách Phương Nam', capacity: 40 });
    await saveSettings(t.db, { direction: 'out' });
    expect(await getSettings(t.db)).toEqual({ ...saved, direction: 'out' });
  });

  it('a failed save leaves the saved settings as they were', async () => {
    await saveSettings(t.db, { venueName: 'A' });
    const faulty = withWriteFaults(t.db, 'quota');
    await expect(saveSettings(faulty.db, { venueName: 'B' })).rejects.toMatchObject({
      name: 'StoreError',
      kind: 'quota',
    });
    expect((await getSettings(t.db)).venueName).toBe('A');
  });
});

describe('the held trust bundle', () => {
  const held = { envelope: '{"payload":"p7"}', seq: 7, receivedAt: 1000, lastRefusal: null };

  it('is null until one is put, then round-trips', async () => {
    expect(await getHeldBundle(t.db)).toBeNull();
    expect(await putHeldBundle(t.db, held)).toBe(true);
    expect(await getHeldBundle(t.db)).toEqual(held);
  });

  it('records a refusal without touching the held bundle, even before any bundle', async () => {
    await recordBundleRefusal(t.db, 'BUNDLE_ROOT_UNKNOWN', 500);
    expect(await getHeldBundle(t.db)).toBeNull();
    expect(await getLastBundleRefusal(t.db)).toEqual({ code: 'BUNDLE_ROOT_UNKNOWN', at: 500 });
    await putHeldBundle(t.db, { ...held, lastRefusal: { code: 'BUNDLE_ROOT_UNKNOWN', at: 500 } });
    await recordBundleRefusal(t.db, 'BUNDLE_ROLLBACK', 2000);
    expect(await getHeldBundle(t.db)).toEqual({
      ...held,
      lastRefusal: { code: 'BUNDLE_ROLLBACK', at: 2000 },
    });
  });

  it('never goes back to a lower seq', async () => {
    await putHeldBundle(t.db, held);
    expect(await putHeldBundle(t.db, { ...held, envelope: 'old', seq: 6 })).toBe(false);
    expect(await getHeldBundle(t.db)).toEqual(held);
    expect(await putHeldBundle(t.db, { ...held, envelope: 'new', seq: 8 })).toBe(true);
    expect((await getHeldBundle(t.db))?.seq).toBe(8);
  });
});

describe('device identity', () => {
  it('keeps a non-extractable CryptoKey usable across a reopen', async () => {
    expect(await getDevice(t.db)).toBeNull();
    const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const device: DeviceIdentity = {
      deviceId: 'dev-1',
      venueId: 'venue-1',
      venueName: 'Quán cà phê',
      publicKey: 'b64u-public',
      privateKey: keys.privateKey,
      enrolledAt: 1000,
    };
    await putDevice(t.db, device);
    t.db.close();
    t.db = await openKioskDb(t.name, { persist: false });
    const stored = await getDevice(t.db);
    expect(stored).toMatchObject({ deviceId: 'dev-1', venueName: 'Quán cà phê', enrolledAt: 1000 });
    const key = stored!.privateKey as CryptoKey;
    expect(key.extractable).toBe(false);
    const message = new TextEncoder().encode('entry batch');
    const signature = await crypto.subtle.sign('Ed25519', key, message);
    expect(await crypto.subtle.verify('Ed25519', keys.publicKey, signature, message)).toBe(true);
  });
});

describe('sync state and PIN lock', () => {
  it('read as defaults, then as saved', async () => {
    expect(await getSyncState(t.db)).toEqual(DEFAULT_SYNC_STATE);
    const state = {
      lastSuccessAt: 5,
      lastAttemptAt: 6,
      lastError: { code: 'server-error' as const, detail: '500 INTERNAL' },
      consecutiveFailures: 2,
      bundleEtag: '"e7"',
    };
    await putSyncState(t.db, state);
    expect(await getSyncState(t.db)).toEqual(state);

    // An older release stored the error as a sentence: it reads as 'unknown', with the words kept.
    await t.db.put('syncState', { ...state, lastError: 'HTTP 500' }, 'current');
    expect((await getSyncState(t.db)).lastError).toEqual({ code: 'unknown', detail: 'HTTP 500' });

    expect(await getPinLock(t.db)).toEqual(DEFAULT_PIN_LOCK);
    await putPinLock(t.db, { failures: 5, lockedUntil: 99_000 });
    expect(await getPinLock(t.db)).toEqual({ failures: 5, lockedUntil: 99_000 });
  });
});
