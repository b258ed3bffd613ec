// The KioskServices implementation: signals for what the screens show, and the operations
// they may ask for, over the store and sync ports.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { verifyCode, type Ed25519Verifier } from '../core';
import { bundleFreshness } from '../kiosk/bundle-freshness';
import { checkIn, checkInManual, type CheckInPorts } from '../kiosk/check-in';
import {
  StoreError,
  type PinHash,
  type PinLock,
  type Settings,
  type SyncState,
} from '../store/types';
import { localDayEnd, localDayStart } from './local-day';
import type { StorePort, SyncPort } from './ports';
import type { Counters, KioskServices, PinCheck } from './services';
import { createTrustHolder } from './trust-holder';

const BACKGROUND_INTERVAL_MS = 60_000;
const AFTER_WRITE_DELAY_MS = 400;
/** Retention runs at start and then a few times a day; it only ever deletes synced entries. */
const PURGE_INTERVAL_MS = 6 * 60 * 60_000;

export interface PinPort {
  hash(pin: string): Promise<PinHash>;
  verify(pin: string, hash: PinHash): Promise<boolean>;
  /** The lock state after an attempt; `attemptsLeft` before the next lock. */
  next(lock: PinLock, ok: boolean, now: number): { lock: PinLock; attemptsLeft: number };
  /** Ms until the next try may be made (0 when not locked); robust to a clock set back. */
  remaining(lock: PinLock, now: number): number;
}

export interface ServiceDeps {
  store: StorePort;
  sync: SyncPort;
  /** The sync client's own status (it also retries by itself); else services keep one. */
  syncStatus?: ReadonlySignal<SyncState & { running: boolean }>;
  pin: PinPort;
  verifier: Ed25519Verifier;
  now?: () => number;
}

export async function createKioskServices(
  deps: ServiceDeps,
): Promise<KioskServices & { refreshCounters(): Promise<void> }> {
  const { store, sync, pin, verifier } = deps;
  const now = deps.now ?? Date.now;
  const settings = signal<Settings>(await store.getSettings());
  const device = signal(await store.getDevice());
  const clock = signal(now());
  const counters = signal<Counters>({ today: 0, pending: 0, inside: 0 });
  const storageProblem = signal<'quota' | 'write' | 'unavailable' | null>(null);
  const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  const ownSyncState = signal<SyncState & { running: boolean }>({
    ...(await store.getSyncState()),
    running: false,
  });
  const syncState = deps.syncStatus ?? ownSyncState;
  const holder = createTrustHolder(store, verifier);
  await holder.load(settings.value.pinnedRoots);
  const freshness = computed(() =>
    bundleFreshness(holder.trust.value?.bundle ?? null, clock.value),
  );

  async function refreshCounters(): Promise<void> {
    const t = now();
    clock.value = t;
    const [{ today, inside }, pending] = await Promise.all([
      store.counters(localDayStart(t), localDayEnd(t)),
      store.pendingCount(),
    ]);
    counters.value = { today, inside, pending };
  }

  async function saveSettings(patch: Partial<Settings>): Promise<void> {
    const next = { ...settings.value, ...patch };
    await store.saveSettings(next);
    settings.value = next;
  }

  const ports: CheckInPorts = {
    verify: (text, at) =>
      verifyCode(text, {
        bundle: holder.trust.value?.bundle ?? null,
        policy: settings.value.policy,
        now: at,
        verifier,
      }),
    lastEntryFor: (passId, direction, since, until) =>
      store.lastEntryFor(passId, direction, since, until),
    addEntry: async (entry) => {
      try {
        await store.addEntry(entry);
        storageProblem.value = null;
      } catch (e) {
        storageProblem.value = e instanceof StoreError ? e.kind : 'write';
        throw e;
      }
    },
    now,
    direction: () => settings.value.direction,
    duplicateWindowMs: () => settings.value.duplicateWindowSec * 1000,
    bundleSeq: () => holder.trust.value?.bundle.seq ?? null,
  };

  let syncing: Promise<void> | null = null;
  function syncNow(force = false): Promise<void> {
    if (!device.value) return Promise.resolve();
    syncing ??= (async () => {
      ownSyncState.value = { ...ownSyncState.value, running: true };
      try {
        await sync.uploadPending({ force });
        await sync.refreshBundle((envelope) =>
          holder.offer(envelope, settings.value.pinnedRoots, now()),
        );
      } catch {
        // the sync client records its own failures in the sync state
      } finally {
        ownSyncState.value = { ...(await store.getSyncState()), running: false };
        await refreshCounters();
        syncing = null;
      }
    })();
    return syncing;
  }

  // After a write, counters and sync wait a moment: the verdict paints first, and a burst of
  // scans costs one refresh instead of one each.
  let afterWriteTimer: ReturnType<typeof setTimeout> | null = null;
  const afterWrite = () => {
    afterWriteTimer ??= setTimeout(() => {
      afterWriteTimer = null;
      void refreshCounters();
      if (online.value) void syncNow();
    }, AFTER_WRITE_DELAY_MS);
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => {
      online.value = true;
      void syncNow(true);
    });
    window.addEventListener('offline', () => (online.value = false));
  }
  await refreshCounters();
  // Day rollover, bundle ageing, and sync on an interval as well as on events.
  setInterval(() => {
    void refreshCounters();
    if (online.value) void syncNow();
  }, BACKGROUND_INTERVAL_MS);
  if (online.value) void syncNow();
  const purge = () =>
    store.log.purgeExpired(now(), settings.value.retentionDays).then(refreshCounters, () => {});
  void purge();
  setInterval(() => void purge(), PURGE_INTERVAL_MS);

  return {
    settings,
    saveSettings,
    trust: holder.trust,
    freshness,
    importBundle: (text) => holder.offer(text, settings.value.pinnedRoots, now()),
    device,
    counters,
    storageProblem,
    online,
    sync: syncState,
    syncNow: () => syncNow(true),
    refreshCounters,
    async checkIn(text, source, timings) {
      const outcome = await checkIn(text, source, ports, timings);
      if (outcome.kind === 'logged' && outcome.saved) afterWrite();
      return outcome;
    },
    async checkInManual(input) {
      const outcome = await checkInManual(input, ports);
      if (outcome.kind === 'manual' && outcome.saved) afterWrite();
      return outcome;
    },
    async decide(entryId, decision) {
      await store.setDecision(entryId, decision);
      afterWrite();
    },
    setDirection: (direction) => saveSettings({ direction }),
    log: {
      ...store.log,
      purgeExpired: (t) => store.log.purgeExpired(t, settings.value.retentionDays),
    },
    async checkPin(candidate): Promise<PinCheck> {
      const lock = await store.getPinLock();
      const t = now();
      const wait = pin.remaining(lock, t);
      if (wait > 0) return { ok: false, lockedUntil: t + wait, attemptsLeft: 0 };
      const hash = settings.value.adminPin;
      const ok = hash !== null && (await pin.verify(candidate, hash));
      const next = pin.next(lock, ok, t);
      await store.putPinLock(next.lock);
      return ok
        ? { ok: true }
        : { ok: false, lockedUntil: next.lock.lockedUntil, attemptsLeft: next.attemptsLeft };
    },
    async setPin(newPin) {
      await saveSettings({ adminPin: await pin.hash(newPin) });
    },
    async enroll(serverUrl, code) {
      const result = await sync.enroll(serverUrl, code);
      if (!result.ok) return result;
      const { enrollment } = result;
      await store.putDevice(enrollment.device);
      device.value = enrollment.device;
      await saveSettings({
        syncServer: serverUrl,
        pinnedRoots: enrollment.roots,
        venueName: enrollment.device.venueName,
      });
      if (enrollment.bundle) await holder.offer(enrollment.bundle, enrollment.roots, now());
      void syncNow();
      return { ok: true };
    },
    async setupStandalone(rootKey, bundleText) {
      const roots = [rootKey.trim()];
      const outcome = await holder.offer(bundleText, roots, now());
      if (outcome.outcome !== 'refused')
        await saveSettings({ pinnedRoots: roots, syncServer: null });
      return outcome;
    },
  };
}
