// The admin PIN for the service layer: hashing, verifying and the lockout policy, in the shape
// of `PinPort` (src/app/kiosk-services.ts). The services persist the PinLock this returns.
import type { PinHash, PinLock } from '../store/types';
import { hashPin, verifyPin } from './pin-hash';
import { attemptsLeft, lockRemaining, nextLockState } from './pin-lock';

export { hashPin, isValidPin, verifyPin } from './pin-hash';
export {
  attemptPin,
  attemptsLeft,
  lockDuration,
  lockRemaining,
  nextLockState,
  NO_LOCK,
} from './pin-lock';

export const pinPort = {
  hash: (pin: string): Promise<PinHash> => hashPin(pin),
  verify: (pin: string, hash: PinHash): Promise<boolean> => verifyPin(pin, hash),
  next(lock: PinLock, ok: boolean, now: number): { lock: PinLock; attemptsLeft: number } {
    const next = nextLockState(lock, ok, now);
    return { lock: next, attemptsLeft: attemptsLeft(next) };
  },
  /** Ms until the next try; use it rather than `lockedUntil > now` so a clock set back cannot lock for days. */
  remaining: (lock: PinLock, now: number): number => lockRemaining(lock, now),
};
