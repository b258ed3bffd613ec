// One kiosk window at a time. Two windows scanning into one database would each show their own
// counts, and the one an update leaves behind would keep scanning into a closed connection.
// A Web Lock held for the window's life says which window is the kiosk; another window waits
// for it, or takes it over (the first one is told, and lets go). Where the browser has no Web
// Locks (older than Chrome 69 / Safari 15.4) every window is the kiosk, as before.

export type LockMode =
  /** Take it only if no other window has it. */
  | 'if-free'
  /** Wait until the window that has it lets go (closes). */
  | 'wait'
  /** Take it from the window that has it. */
  | 'steal';

export interface TabLock {
  /**
   * 'held' once this window is the kiosk, 'elsewhere' when another window has it ('if-free'),
   * 'cancelled' when a wait was given up (`cancelWait`). `onLost` is called if another window
   * later takes it over.
   */
  acquire(mode: LockMode, onLost: () => void): Promise<'held' | 'elsewhere' | 'cancelled'>;
  /** Gives up a pending 'wait'. */
  cancelWait(): void;
  /** Lets go: another window waiting for the kiosk gets it. */
  release(): void;
}

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown>;
}

export const KIOSK_LOCK = 'kiosk-window';

/** The window's Web Locks; `locks` is given in tests (null: a browser without them). */
export function webTabLock(locks?: LockManagerLike | null, name = KIOSK_LOCK): TabLock {
  if (locks === undefined)
    locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks ?? null;
  let letGo: (() => void) | null = null;
  let waiting: AbortController | null = null;
  return {
    acquire(mode, onLost) {
      if (!locks) return Promise.resolve('held');
      const wait = mode === 'wait' ? new AbortController() : null;
      if (wait) waiting = wait;
      const options =
        mode === 'if-free'
          ? { ifAvailable: true }
          : wait
            ? { signal: wait.signal }
            : { steal: true };
      /** This acquisition's release, to tell its own loss from an earlier one's. */
      let mine: (() => void) | null = null;
      return new Promise((resolve) => {
        locks
          .request(name, options, (lock) => {
            if (!lock) return resolve('elsewhere');
            resolve('held');
            // Held until released; a steal by another window rejects the request instead.
            return new Promise<void>((done) => (letGo = mine = done));
          })
          .catch(() => {
            if (wait?.signal.aborted && !mine) return resolve('cancelled');
            if (mine && letGo === mine) {
              letGo = null;
              onLost();
            }
          });
      });
    },
    cancelWait() {
      waiting?.abort();
      waiting = null;
    },
    release() {
      letGo?.();
      letGo = null;
    },
  };
}
