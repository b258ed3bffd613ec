// The services that look after the device rather than the door: the storage state (persistence,
// entries only on this device, a wipe found at start), the full backup, retention, the admin
// PIN, and which "people inside" figure to show. Built by create-kiosk.ts from the services it
// already made.
import { computed, type ReadonlySignal } from '@preact/signals-core';
import { createPinService, type PinService } from '../admin';
import { createBackupService, type BackupService } from '../kiosk/backup-service';
import { browserStorage, localStorageTrace } from '../kiosk/browser-storage';
import type { Clock } from '../kiosk/clock';
import { connectionState } from '../kiosk/connection-state';
import type { CountersService } from '../kiosk/counters-service';
import { insideFigure } from '../kiosk/inside-figure';
import { createRetentionService, type RetentionService } from '../kiosk/retention-service';
import type { SettingsService } from '../kiosk/settings-service';
import type { SetupService } from '../kiosk/setup-service';
import {
  createStorageService,
  type StoragePlatform,
  type StorageService,
  type TraceStore,
} from '../kiosk/storage-service';
import { SCHEMA_VERSION, type InsideFigure, type Store } from '../model';
import type { SyncClient } from '../sync';
import { checkWireEntry } from '../sync/wire';
import { APP_VERSION } from './app-version';

export interface DeviceCareDeps {
  store: Store;
  settings: SettingsService;
  setup: Pick<SetupService, 'device'>;
  counters: Pick<CountersService, 'current' | 'refreshSoon'>;
  sync: Pick<SyncClient, 'status' | 'occupancy'>;
  clock: Pick<Clock, 'now'>;
  now: () => number;
  /** The Storage API and the install trace; the window's by default. */
  storage?: { platform?: StoragePlatform; trace?: TraceStore };
}

export interface DeviceCare {
  storage: StorageService;
  backup: BackupService;
  inside: ReadonlySignal<InsideFigure>;
  retention: RetentionService;
  pin: PinService;
}

export function createDeviceCare(deps: DeviceCareDeps): DeviceCare {
  const { store, settings, setup, counters, sync, clock, now } = deps;
  const current = () => settings.current.value;
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
  const retention = createRetentionService({
    store,
    retentionDays: () => current().retentionDays,
    now,
    onPurged: () => counters.refreshSoon(),
  });
  const pin = createPinService({
    store,
    storedHash: () => current().adminPin,
    saveHash: (adminPin) => settings.save({ adminPin }),
    now,
  });
  return { storage, backup, inside, retention, pin };
}
