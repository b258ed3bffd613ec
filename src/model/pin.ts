// The admin PIN at rest and its lockout, as stored; the rules live in src/admin.

export interface PinHash {
  /** PBKDF2-SHA-256 */
  salt: string;
  hash: string;
  iterations: number;
}

export interface PinLock {
  failures: number;
  lockedUntil: number | null;
}

/** One attempt's answer: in, or refused with the lock it left and the tries before the next lock. */
export type PinCheck =
  { ok: true } | { ok: false; lockedUntil: number | null; attemptsLeft: number };
