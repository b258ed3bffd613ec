// The composition root of the window: every service built once over one store, wired to each
// other by callbacks, started in order, and disposed together (the device's own care in
// device-care.ts). Nothing here decides anything; the services do.
import { createCheckInService } from '../kiosk/check-in-service';
import { createClock } from '../kiosk/clock';
import { createCountersService } from '../kiosk/counters-service';
import { createScanController } from '../kiosk/scan-controller';
import { createSettingsService } from '../kiosk/settings-service';
import { createSetupService } from '../kiosk/setup-service';
import { createTrustService } from '../kiosk/trust-service';
import { verdictStaysSeconds } from '../kiosk/verdict-tone';
import { SCHEMA_VERSION } from '../model';
import { createSyncClient } from '../sync';
import { APP_VERSION } from './app-version';
import { createDeviceCare } from './device-care';
import type { KioskDeps, KioskServices } from './services';

/** Besides on events, sync runs this often while online. */
const SYNC_EVERY_MS = 60_000;

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
    statusFacts: async () => ({
      pending: await store.pendingCount(),
      appVersion: APP_VERSION,
      bundleSeq: trust.held.value?.bundle.seq ?? null,
      bundleIssuedAt: trust.held.value?.bundle.issuedAt ?? null,
      bundleRefusal: trust.lastRefusal.value,
    }),
    ...deps.sync,
  });
  const counters = createCountersService({ store, clock: clock.now, sync: sync.status, now });
  const checkIn = createCheckInService({
    store,
    settings: settings.current,
    settingsSettled: settings.settled,
    trust: trust.held,
    verifier,
    now,
    onWritten: () => {
      counters.refreshSoon();
      sync.nudge();
    },
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
  const { storage, backup, inside, retention, pin } = createDeviceCare({
    ...{ store, settings, setup, counters, sync, clock, now },
    storage: deps.storage,
  });
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
