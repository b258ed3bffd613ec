// How safe the kiosk's data is, and what is known when it was not. The browser may evict a
// site's storage under pressure unless it promised to keep it (`persist()`), and the answer
// can be no: the kiosk asks at set-up and again a day later while refused, and shows the
// answer. Entries that exist only on this device (not on the server, not in a backup) are
// counted for the status bar. A small trace kept outside IndexedDB (install id, device, how
// many entries were only here) lets the next start tell a wipe from a new kiosk, and the
// set-up wizard say what was lost.
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { Counters, InstallTrace, LocalOnly, Persistence, StorageState, Store } from '../model';

/** While refused, the kiosk asks again this long after its last question. */
export const ASK_AGAIN_MS = 24 * 3_600_000;

/** The browser's Storage API, as far as the kiosk uses it. */
export interface StoragePlatform {
  persisted(): Promise<Persistence>;
  persist(): Promise<Persistence>;
  estimate(): Promise<{ usage: number; quota: number } | null>;
}

/** Where the trace lives: outside IndexedDB (localStorage), which an eviction may spare. */
export interface TraceStore {
  read(): InstallTrace | null;
  write(trace: InstallTrace): void;
}

/** What the trace says of the kiosk: whether it is set up, and as which device. */
export interface KioskIdentity {
  setupDone: boolean;
  deviceId: string | null;
  serverUrl: string | null;
  venueName: string;
}

export interface StorageService {
  /** The storage record; null until started. */
  readonly state: ReadonlySignal<StorageState | null>;
  readonly localOnly: ReadonlySignal<LocalOnly>;
  readonly estimate: ReadonlySignal<{ usage: number; quota: number } | null>;
  /** Asks the browser to keep the data, and records the answer. */
  askPersistence(): Promise<Persistence>;
  /** A backup holds every entry logged up to `at`. */
  backedUp(at: number): Promise<void>;
  refresh(): Promise<void>;
  start(): Promise<void>;
  dispose(): void;
}

export interface StorageServiceDeps {
  store: Pick<Store, 'getStorageState' | 'putStorageState' | 'localOnly'>;
  platform: StoragePlatform;
  trace: TraceStore;
  identity: ReadonlySignal<KioskIdentity>;
  counters: ReadonlySignal<Counters>;
  clock: ReadonlySignal<number>;
  now: () => number;
  newId: () => string;
}

export function createStorageService(deps: StorageServiceDeps): StorageService {
  const state = signal<StorageState | null>(null);
  const localOnly = signal<LocalOnly>({ count: 0, oldestAt: null });
  const estimate = signal<{ usage: number; quota: number } | null>(null);
  let stops: (() => void)[] = [];
  let asking: Promise<Persistence> | null = null;

  async function save(patch: Partial<StorageState>): Promise<void> {
    const next = { ...state.value!, ...patch };
    await deps.store.putStorageState(next);
    state.value = next;
  }

  function writeTrace(): void {
    const me = deps.identity.value;
    const s = state.value;
    if (!s || !me.setupDone) return;
    deps.trace.write({
      installId: s.installId,
      deviceId: me.deviceId,
      serverUrl: me.serverUrl,
      venueName: me.venueName,
      localOnly: localOnly.value.count,
      oldestLocalOnlyAt: localOnly.value.oldestAt,
      updatedAt: deps.now(),
    });
  }

  async function refresh(): Promise<void> {
    const s = state.value;
    if (!s) return;
    localOnly.value = await deps.store.localOnly(s.lastBackupAt ?? 0);
    estimate.value = await deps.platform.estimate();
    writeTrace();
  }
  const quietly = () => void refresh().catch(() => undefined);

  function askPersistence(): Promise<Persistence> {
    asking ??= (async () => {
      try {
        const answer = await deps.platform.persist();
        await save({ persistence: answer, persistAskedAt: deps.now() });
        return answer;
      } finally {
        asking = null;
      }
    })();
    return asking;
  }

  /** At start and on every clock tick: set up, still refused, and a day since the last ask. */
  function askAgainIfDue(): void {
    const s = state.value;
    if (!s || !deps.identity.value.setupDone || s.persistence === 'persisted') return;
    if (s.persistence === 'unsupported') return;
    if (s.persistAskedAt !== null && deps.now() - s.persistAskedAt < ASK_AGAIN_MS) return;
    void askPersistence().catch(() => undefined);
  }

  return {
    state,
    localOnly,
    estimate,
    askPersistence,
    async backedUp(at) {
      await save({ lastBackupAt: at });
      await refresh();
    },
    refresh,
    async start() {
      let stored = await deps.store.getStorageState();
      if (!stored) {
        // A database no kiosk has started on: new, upgraded from before version 3, or wiped.
        // Only a trace left by a set-up kiosk makes it a wipe.
        stored = {
          installId: deps.newId(),
          createdAt: deps.now(),
          persistence: null,
          persistAskedAt: null,
          lastBackupAt: null,
          lostInstall: deps.trace.read(),
        };
        await deps.store.putStorageState(stored);
      }
      state.value = stored;
      const answer = await deps.platform.persisted();
      if (answer !== stored.persistence) await save({ persistence: answer });
      await refresh();
      askAgainIfDue();
      stops = [
        deps.counters.subscribe(quietly),
        deps.clock.subscribe(askAgainIfDue),
        deps.identity.subscribe((me) => {
          // Set up again after a wipe: what was lost has been said.
          if (me.setupDone && state.value?.lostInstall)
            void save({ lostInstall: null }).catch(() => undefined);
          writeTrace();
        }),
      ];
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
    },
  };
}
