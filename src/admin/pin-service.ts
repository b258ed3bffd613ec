// The admin PIN as a service: a check counts against the stored lock (the tested `attemptPin`
// decides, this only persists what it returns) and a new PIN replaces the stored hash.
import type { PinCheck, PinHash, Store } from '../model';
import { hashPin } from './pin-hash';
import { attemptPin } from './pin-lock';

export interface PinService {
  /** One attempt; the lock it leaves is stored before the answer, so a reboot cannot reset it. */
  check(pin: string): Promise<PinCheck>;
  /** Hashes and stores a new PIN. */
  set(pin: string): Promise<void>;
}

export interface PinServiceDeps {
  store: Pick<Store, 'getPinLock' | 'putPinLock'>;
  /** The stored hash (settings.adminPin), or null when none was set. */
  storedHash(): PinHash | null;
  saveHash(hash: PinHash): Promise<void>;
  now: () => number;
  /** PBKDF2 rounds for a new PIN; the default is pin-hash.ts's. */
  iterations?: number;
}

export function createPinService(deps: PinServiceDeps): PinService {
  return {
    async check(pin) {
      const lock = await deps.store.getPinLock();
      const attempt = await attemptPin(pin, deps.storedHash(), lock, deps.now());
      // While locked the attempt is refused unheard and the lock is the same object.
      if (attempt.lock !== lock) await deps.store.putPinLock(attempt.lock);
      return attempt.result;
    },
    async set(pin) {
      await deps.saveHash(await hashPin(pin, deps.iterations));
    },
  };
}
