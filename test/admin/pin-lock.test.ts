import { describe, expect, it, onTestFinished } from 'vitest';
import { createPinService } from '../../src/admin';
import { hashPin } from '../../src/admin/pin-hash';
import {
  attemptPin,
  attemptsLeft,
  FIRST_LOCK_MS,
  lockDuration,
  lockRemaining,
  MAX_LOCK_MS,
  nextLockState,
  NO_LOCK,
} from '../../src/admin/pin-lock';
import type { PinHash, PinLock } from '../../src/model';
import { openTestStore } from '../support/test-store';

const T0 = Date.UTC(2025, 10, 25, 2, 0);

describe('lockout policy', () => {
  it('gives five free tries, then locks one minute, doubling, capped', () => {
    expect([1, 2, 3, 4].map(lockDuration)).toEqual([0, 0, 0, 0]);
    expect(lockDuration(5)).toBe(FIRST_LOCK_MS);
    expect(lockDuration(6)).toBe(2 * FIRST_LOCK_MS);
    expect(lockDuration(7)).toBe(4 * FIRST_LOCK_MS);
    expect(lockDuration(8)).toBe(8 * FIRST_LOCK_MS);
    expect(lockDuration(9)).toBe(MAX_LOCK_MS);
    expect(lockDuration(500)).toBe(MAX_LOCK_MS);
  });

  it('counts failures and clears on success', () => {
    let lock: PinLock = NO_LOCK;
    for (let i = 1; i <= 4; i++) {
      lock = nextLockState(lock, false, T0);
      expect(lock).toEqual({ failures: i, lockedUntil: null });
      expect(attemptsLeft(lock)).toBe(5 - i);
    }
    lock = nextLockState(lock, false, T0);
    expect(lock).toEqual({ failures: 5, lockedUntil: T0 + 60_000 });
    expect(attemptsLeft(lock)).toBe(0);
    expect(nextLockState(lock, true, T0 + 61_000)).toEqual(NO_LOCK);
  });

  it('reports the time left, never more than the cap even if the clock went back', () => {
    const lock = { failures: 5, lockedUntil: T0 + 60_000 };
    expect(lockRemaining(lock, T0)).toBe(60_000);
    expect(lockRemaining(lock, T0 + 59_000)).toBe(1000);
    expect(lockRemaining(lock, T0 + 60_000)).toBe(0);
    expect(lockRemaining(NO_LOCK, T0)).toBe(0);
    expect(lockRemaining(lock, T0 - 10 * 86_400_000)).toBe(MAX_LOCK_MS);
  });
});

describe('attemptPin', () => {
  it('locks after five wrong PINs, refuses even the right PIN while locked, then lets it in', async () => {
    const stored = await hashPin('1357', 100_000);
    let lock: PinLock = NO_LOCK;
    for (let i = 0; i < 4; i++) {
      const a = await attemptPin('0000', stored, lock, T0);
      expect(a.result).toEqual({ ok: false, lockedUntil: null, attemptsLeft: 4 - i });
      lock = a.lock;
    }
    const fifth = await attemptPin('0000', stored, lock, T0);
    expect(fifth.result).toEqual({ ok: false, lockedUntil: T0 + 60_000, attemptsLeft: 0 });
    lock = fifth.lock;

    const whileLocked = await attemptPin('1357', stored, lock, T0 + 30_000);
    expect(whileLocked.result).toEqual({ ok: false, lockedUntil: T0 + 60_000, attemptsLeft: 0 });
    expect(whileLocked.lock).toBe(lock);

    const sixthWrong = await attemptPin('0000', stored, lock, T0 + 60_000);
    expect(sixthWrong.result).toEqual({
      ok: false,
      lockedUntil: T0 + 60_000 + 120_000,
      attemptsLeft: 0,
    });

    const right = await attemptPin('1357', stored, sixthWrong.lock, T0 + 180_000);
    expect(right).toEqual({ result: { ok: true }, lock: NO_LOCK });
  });

  it('lets nobody in when no PIN is stored, and counts the attempt', async () => {
    const a = await attemptPin('9999', null, NO_LOCK, T0);
    expect(a.result).toEqual({ ok: false, lockedUntil: null, attemptsLeft: 4 });
    expect(a.lock.failures).toBe(1);
  });
});

describe('the PIN service (attemptPin over the stored lock)', () => {
  async function service(stored: PinHash | null) {
    const store = await openTestStore();
    onTestFinished(() => store.remove());
    const clock = { now: T0 };
    const saved = { hash: stored };
    const build = () =>
      createPinService({
        store,
        storedHash: () => saved.hash,
        saveHash: async (hash) => void (saved.hash = hash),
        now: () => clock.now,
        iterations: 100_000,
      });
    return { store, clock, saved, pin: build(), rebuilt: build };
  }

  it('stores the lock after each attempt, so a restart cannot reset it', async () => {
    const { store, clock, pin, rebuilt } = await service(await hashPin('2580', 100_000));
    for (let i = 0; i < 4; i++) await pin.check('0000');
    expect(await store.getPinLock()).toEqual({ failures: 4, lockedUntil: null });
    expect(await pin.check('0000')).toEqual({
      ok: false,
      lockedUntil: T0 + FIRST_LOCK_MS,
      attemptsLeft: 0,
    });
    // After a reboot the right PIN is still refused until the lock ends.
    clock.now = T0 + 30_000;
    expect(await rebuilt().check('2580')).toEqual({
      ok: false,
      lockedUntil: T0 + FIRST_LOCK_MS,
      attemptsLeft: 0,
    });
    clock.now = T0 + FIRST_LOCK_MS;
    expect(await rebuilt().check('2580')).toEqual({ ok: true });
    expect(await store.getPinLock()).toEqual(NO_LOCK);
  });

  it('sets a new PIN as a salted hash that then opens', async () => {
    const { saved, pin } = await service(null);
    expect(await pin.check('2580')).toMatchObject({ ok: false });
    await pin.set('2580');
    expect(saved.hash).toMatchObject({ iterations: 100_000 });
    expect(JSON.stringify(saved.hash)).not.toContain('2580');
    expect(await pin.check('2580')).toEqual({ ok: true });
  });
});
