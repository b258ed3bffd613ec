// The admin PIN: hashing (PBKDF2), the lockout policy, and the service the screens use.
export { hashPin, isValidPin, verifyPin } from './pin-hash';
export {
  attemptPin,
  attemptsLeft,
  lockDuration,
  lockRemaining,
  nextLockState,
  NO_LOCK,
} from './pin-lock';
export { createPinService } from './pin-service';
export type { PinService, PinServiceDeps } from './pin-service';
