// A database handle whose next writes fail as a full disk or a failing one would, for the
// tests that prove the guard is told and nothing is harmed. It wraps the real handle instead
// of asking the store to fail (no fault hooks in shipped code): the next `times` readwrite
// transactions are aborted before anything commits, and report `QuotaExceededError` as their
// error for 'quota', the way Chromium reports a full disk at commit.
import type { KioskDb } from '../../src/store';

export interface FaultyDb {
  db: KioskDb;
  /** Makes the next `times` writes fail. */
  failNext(times: number): void;
  /** Lets every later write through. */
  clear(): void;
}

export function withWriteFaults(db: KioskDb, kind: 'quota' | 'write', times = 1): FaultyDb {
  let remaining = times;
  const transaction = (...args: Parameters<KioskDb['transaction']>) => {
    const tx = db.transaction(...args);
    if (args[1] !== 'readwrite' || remaining <= 0) return tx;
    remaining--;
    const error =
      kind === 'quota'
        ? new DOMException('the storage quota is exhausted (test)', 'QuotaExceededError')
        : null;
    // The body has issued its first requests by now; none of them may commit.
    queueMicrotask(() => tx.abort());
    return new Proxy(tx, {
      get(target, prop) {
        if (prop === 'error') return error ?? target.error;
        const value: unknown = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  const faulty = new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    db: faulty,
    failNext: (n) => void (remaining = n),
    clear: () => void (remaining = 0),
  };
}
