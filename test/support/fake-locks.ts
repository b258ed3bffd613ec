// The Web Locks API as the kiosk uses it (one exclusive lock: ifAvailable, steal, a queue of
// waiters with an abort signal), for Node, which has no navigator.locks. Real Chromium's is
// exercised by the end-to-end tests.
type Callback = (lock: unknown) => Promise<void> | void;

interface Holder {
  release: () => void;
  reject: (e: unknown) => void;
}

const abortError = () => Object.assign(new Error('aborted'), { name: 'AbortError' });

export class FakeLocks {
  private holder: Holder | null = null;
  private queue: (() => void)[] = [];

  get held(): boolean {
    return this.holder !== null;
  }

  request(
    _name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: Callback,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        const holder: Holder = { release: () => undefined, reject };
        this.holder = holder;
        Promise.resolve(callback({ name: _name })).then((value) => {
          if (this.holder === holder) this.next();
          resolve(value);
        }, reject);
      };
      if (options.steal) {
        this.holder?.reject(abortError());
        this.holder = null;
        return grant();
      }
      if (!this.holder) return grant();
      if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve, reject);
      const waiter = () => grant();
      this.queue.push(waiter);
      options.signal?.addEventListener('abort', () => {
        const i = this.queue.indexOf(waiter);
        if (i >= 0) {
          this.queue.splice(i, 1);
          reject(abortError());
        }
      });
    });
  }

  private next(): void {
    this.holder = null;
    this.queue.shift()?.();
  }
}
