// Whether the device has a network, as the browser sees it (`navigator.onLine` and the
// window's online/offline events). Anywhere without them (Node: tests, scripts) it is online.

export interface NetworkWatch {
  online(): boolean;
  /** Calls back on every change; returns a way to stop listening. */
  watch(callback: (online: boolean) => void): () => void;
}

interface EventSource {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export function windowNetwork(target: unknown = globalThis): NetworkWatch {
  const events = target as Partial<EventSource>;
  const nav = (target as { navigator?: { onLine?: boolean } }).navigator;
  return {
    online: () => nav?.onLine ?? true,
    watch(callback) {
      if (!events.addEventListener || !events.removeEventListener) return () => {};
      const on = () => callback(true);
      const off = () => callback(false);
      events.addEventListener('online', on);
      events.addEventListener('offline', off);
      return () => {
        events.removeEventListener?.('online', on);
        events.removeEventListener?.('offline', off);
      };
    },
  };
}

/** For tests and scripts: always online, never an event. */
export const ALWAYS_ONLINE: NetworkWatch = { online: () => true, watch: () => () => {} };
