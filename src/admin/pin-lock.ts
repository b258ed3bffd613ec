// Lockout after wrong PINs, as pure functions of the stored PinLock and the clock, so the
// service layer only persists what these return. Five free tries, then a one-minute lock that
// doubles with each further failure, capped: a 4-digit PIN then takes months to guess.
import type { PinCheck, PinHash, PinLock } from '../model';
import { verifyPin } from './pin-hash';

export const FREE_ATTEMPTS = 5;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 15 * 60_000;

export const NO_LOCK: PinLock = { failures: 0, lockedUntil: null };

/** How long a lock of the given failure count lasts (0 while tries are still free). */
export function lockDuration(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  const doublings = Math.min(failures - FREE_ATTEMPTS, 20);
  return Math.min(FIRST_LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
}

/**
 * Milliseconds until a PIN may be tried again; 0 when not locked. Never more than the
 * longest lock: a clock set back must not lock the admin out for days.
 */
export function lockRemaining(lock: PinLock, now: number): number {
  if (lock.lockedUntil === null) return 0;
  return Math.max(0, Math.min(lock.lockedUntil - now, MAX_LOCK_MS));
}

/** The lock after one attempt: a right PIN clears it, a wrong one counts and may lock. */
export function nextLockState(lock: PinLock, ok: boolean, now: number): PinLock {
  if (ok) return NO_LOCK;
  const failures = lock.failures + 1;
  const duration = lockDuration(failures);
  return { failures, lockedUntil: duration > 0 ? now + duration : null };
}

/** Wrong PINs left before the next lock. */
export function attemptsLeft(lock: PinLock): number {
  return Math.max(0, FREE_ATTEMPTS - lock.failures);
}

/**
 * One PIN attempt, start to end: refused unheard while locked (the lock is unchanged), else
 * verified and counted. The caller persists `lock` and returns `result`. With no PIN stored
 * (the setup wizard always sets one) no attempt passes: a lost record must not open the door.
 */
export async function attemptPin(
  pin: string,
  stored: PinHash | null,
  lock: PinLock,
  now: number,
): Promise<{ result: PinCheck; lock: PinLock }> {
  const remaining = lockRemaining(lock, now);
  if (remaining > 0)
    return { result: { ok: false, lockedUntil: now + remaining, attemptsLeft: 0 }, lock };
  const ok = stored !== null && (await verifyPin(pin, stored));
  const next = nextLockState(lock, ok, now);
  if (ok) return { result: { ok: true }, lock: next };
  return {
    result: { ok: false, lockedUntil: next.lockedUntil, attemptsLeft: attemptsLeft(next) },
    lock: next,
  };
}
