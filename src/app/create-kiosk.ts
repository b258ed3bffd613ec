// The composition root of the window: every service built once over one store, wired to each
// other by callbacks, started in order, and disposed together. Nothing here decides anything;
// the services do.
import type { Ed25519Verifier } from '../core';
import { createPinService } from '../admin';
import { createCheckInService } from '../kiosk/check-in-service';
import { createClock } from '../kiosk/clock';
import { connectionState } from '../kiosk/connection-state';
import { createCountersService } from '../kiosk/counters-service';
import { insideFigure } from '../kiosk/inside-figure';
import { createRetentionService } from '../kiosk/retention-service';
import { createScanController } from '../kiosk/scan-controller';
import { createSettingsService } from '../kiosk/settings-service';
import { createSetupService } from '../kiosk/setup-service';
import { createTrustService } from '../kiosk/trust-service';
import { createBackupService } from '../kiosk/backup-service';
import { browserStorage, localStorageTrace } from '../kiosk/browser-storage';
import {
  createStorageService,
  type StoragePlatform,
  type TraceStore,
} from '../kiosk/storage-service';
import { SCHEMA_VERSION, type Store } from '../model';
import { verdictStaysSeconds } from '../kiosk/verdict-tone';
import type { LogQueries } from '../store';
import { createSyncClient, type SyncClientOptions } from '../sync';
import { checkWireEntry } from '../sync/wire';
import { computed } from '@preact/signals-core';
import { APP_VERSION } from './app-version';
import type { KioskServices } from './services';

/** Besides on events, sync runs this often while online. */
const SYNC_EVERY_MS = 60_000;

export interface KioskDeps {
  store: Store & { log: LogQueries };
  verifier: Ed25519Verifier;
  now?: () => number;
  /** Overrides for the sync client (tests: fetch, network). */
  sync?: Partial<Omit<SyncClientOptions, 'source'>>;
  /** Told when a scan starts and its verdict goes: the update controller's hold. */
  onBusy?: (busy: boolean) => void;
  /** The Storage API and the install trace; the window's by default. */
  storage?: { platform?: StoragePlatform; trace?: TraceStore };
}

export function createKiosk(deps: KioskDeps): KioskServices {
  const { store, verifier } = deps;
  const now = deps.now ?? Date.now;
  const clock = createClock(now);
  const settings = createSettingsService(store);
  const current = () => settings.current.value;
  const trust = createTrustService({
    store,
    verifier,
    pinnedRoots: () => current().pinnedRoots,
    pinRoots: (pinnedRoots) => settings.save({ pinnedRoots: [...pinnedRoots] }),
    now,
    clock: clock.now,
  });
  const sync = createSyncClient({
    source: store,
    now,
    intervalMs: SYNC_EVERY_MS,
    offerBundle: (envelope) => trust.offer(envelope),
    venueOccupancy: true,
    statusFacts: async () => {
      const opened = trust.held.value?.bundle;
      return {
        pending: await store.pendingCount(),
        appVersion: APP_VERSION,
        bundleSeq: opened?.seq ?? null,
        bundleIssuedAt: opened?.issuedAt ?? null,
        bundleRefusal: trust.lastRefusal.value,
      };
    },
    ...deps.sync,
  });
  const counters = createCountersService({ store, clock: clock.now, sync: sync.status, now });
  const checkIn = createCheckInService({
    store,
    settings: settings.current,
    trust: trust.held,
    verifier,
    now,
    onWritten: () => {
      counters.refreshSoon();
      sync.nudge();
    },
  });
  const retention = createRetentionService({
    store,
    retentionDays: () => current().retentionDays,
    now,
    onPurged: () => counters.refreshSoon(),
  });
  const setup = createSetupService({
    store,
    settings,
    trust,
    enroll: (url, code, options) => sync.enroll(url, code, options),
    newDeviceKey: () => sync.newDeviceKey(),
    now,
    onEnrolled: () => void sync.syncNow(),
  });
  const pin = createPinService({
    store,
    storedHash: () => current().adminPin,
    saveHash: (adminPin) => settings.save({ adminPin }),
    now,
  });
  const storage = createStorageService({
    store,
    platform: deps.storage?.platform ?? browserStorage(),
    trace: deps.storage?.trace ?? localStorageTrace(),
    identity: computed(() => ({
      setupDone: current().setupDone,
      deviceId: setup.device.value?.deviceId ?? null,
      serverUrl: current().syncServer,
      venueName: setup.device.value?.venueName || current().venueName,
    })),
    counters: counters.current,
    clock: clock.now,
    now,
    newId: () => crypto.randomUUID(),
  });
  const backup = createBackupService({
    store,
    checkEntry: checkWireEntry,
    backedUp: (at) => storage.backedUp(at),
    appVersion: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    now,
  });
  const inside = computed(() =>
    insideFigure(
      counters.current.value.inside,
      sync.occupancy.value,
      connectionState(sync.status.value, setup.device.value !== null),
      clock.now.value,
    ),
  );
  const scan = createScanController({
    checkIn,
    now,
    returnAfterSeconds: (o) => verdictStaysSeconds(o, current()),
    reentryWindowMs: () => current().duplicateWindowSec * 1000,
  });

  const stops: (() => void)[] = [];
  return {
    settings,
    clock,
    trust,
    checkIn,
    counters,
    inside,
    sync,
    setup,
    pin,
    retention,
    log: store.log,
    scan,
    storage,
    backup,
    release: { appVersion: APP_VERSION, schemaVersion: SCHEMA_VERSION },
    async start() {
      await settings.start();
      await Promise.all([trust.start(), setup.start()]);
      clock.start();
      counters.start();
      await storage.start();
      retention.start();
      if (deps.onBusy) stops.push(scan.busy.subscribe(deps.onBusy));
      // A review a reload interrupted is on screen again before anything else is scanned.
      await scan.start();
      await sync.start();
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      storage.dispose();
      scan.dispose();
      sync.dispose();
      retention.dispose();
      counters.dispose();
      clock.dispose();
    },
  };
}
