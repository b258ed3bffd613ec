// The window's side of storage safety: the Storage API (persistence and the space used) and
// the install trace in localStorage. Every call tolerates a browser without the API, a
// private mode that throws, and a trace that is not ours (it is read as no trace).
import type { InstallTrace, Persistence } from '../model';
import type { StoragePlatform, TraceStore } from './storage-service';

type StorageApi = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

const storageApi = (): StorageApi | undefined =>
  (globalThis as { navigator?: { storage?: StorageApi } }).navigator?.storage;

async function answer(ask: (() => Promise<boolean>) | undefined): Promise<Persistence> {
  if (!ask) return 'unsupported';
  try {
    return (await ask()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

export function browserStorage(api: () => StorageApi | undefined = storageApi): StoragePlatform {
  return {
    persisted: () => answer(api()?.persisted?.bind(api())),
    persist: () => answer(api()?.persist?.bind(api())),
    async estimate() {
      try {
        const e = await api()?.estimate?.();
        return e?.usage !== undefined && e.quota !== undefined
          ? { usage: e.usage, quota: e.quota }
          : null;
      } catch {
        return null;
      }
    },
  };
}

export const TRACE_KEY = 'kiosk.install-trace';

function isTrace(v: unknown): v is InstallTrace {
  const t = v as Partial<InstallTrace> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.installId === 'string' &&
    typeof t.venueName === 'string' &&
    Number.isSafeInteger(t.localOnly) &&
    Number.isSafeInteger(t.updatedAt) &&
    (t.deviceId === null || typeof t.deviceId === 'string') &&
    (t.serverUrl === null || typeof t.serverUrl === 'string') &&
    (t.oldestLocalOnlyAt === null || Number.isSafeInteger(t.oldestLocalOnlyAt))
  );
}

export function localStorageTrace(key = TRACE_KEY): TraceStore {
  const storage = () => (globalThis as { localStorage?: Storage }).localStorage;
  return {
    read() {
      try {
        const text = storage()?.getItem(key);
        const value: unknown = text ? JSON.parse(text) : null;
        return isTrace(value) ? value : null;
      } catch {
        return null;
      }
    },
    write(trace) {
      try {
        storage()?.setItem(key, JSON.stringify(trace));
      } catch {
        // A full or disabled localStorage: a later wipe will not be recognised, nothing else.
      }
    },
  };
}
