// What the screens get: the kiosk's services, each small and with one job, composed once in
// create-kiosk.ts. Components read their signals and call their methods, and never touch
// IndexedDB or fetch themselves.
import type { ReadonlySignal } from '@preact/signals-core';
import type { Ed25519Verifier } from '../core';
import type { PinService } from '../admin';
import type { InsideFigure, Store } from '../model';
import type { CheckInService } from '../kiosk/check-in-service';
import type { Clock } from '../kiosk/clock';
import type { CountersService } from '../kiosk/counters-service';
import type { RetentionService } from '../kiosk/retention-service';
import type { ScanController } from '../kiosk/scan-controller';
import type { SettingsService } from '../kiosk/settings-service';
import type { SetupService } from '../kiosk/setup-service';
import type { TrustService } from '../kiosk/trust-service';
import type { BackupService } from '../kiosk/backup-service';
import type { StorageService } from '../kiosk/storage-service';
import type { LogQueries } from '../store';
import type { SyncClient, SyncClientOptions } from '../sync';
import type { DeviceCareDeps } from './device-care';

export interface KioskServices {
  readonly settings: SettingsService;
  /** The screens' clock: bundle age, freshness, "today". */
  readonly clock: Pick<Clock, 'now' | 'tick'>;
  /** The held trust bundle, its freshness, and importing a new one. */
  readonly trust: Pick<TrustService, 'held' | 'freshness' | 'lastRefusal' | 'offer'>;
  readonly checkIn: CheckInService;
  /** Entries today, people inside, entries waiting to sync. */
  readonly counters: Pick<CountersService, 'current' | 'refresh'>;
  /** People inside: the venue-wide figure while connected and recent, else this kiosk's own. */
  readonly inside: ReadonlySignal<InsideFigure>;
  /** Sync status (with next attempt and entries set aside) and the guard's "sync now". */
  readonly sync: Pick<SyncClient, 'status' | 'syncNow' | 'heldCount'>;
  /** First run: enrollment or standalone; the device identity. */
  readonly setup: Pick<SetupService, 'device' | 'pending' | 'enroll' | 'standalone'>;
  /** The admin PIN: checks that lock after repeated failures, and changing it. */
  readonly pin: PinService;
  readonly retention: Pick<RetentionService, 'purge'>;
  /** Any span of the log, for the admin screens. */
  readonly log: LogQueries;
  /** The kiosk screen's flow: scanning, checking, verdict, dialog. */
  readonly scan: ScanController;
  /** Persistence, entries only on this device, a wipe found at start. */
  readonly storage: Pick<StorageService, 'state' | 'localOnly' | 'estimate' | 'askPersistence'>;
  /** A full backup to a file, and restoring one (the screens ask the backup's PIN first). */
  readonly backup: BackupService;
  /** This build: its release (package.json) and the version of the data it keeps. */
  readonly release: { appVersion: string; schemaVersion: number };
  /** Loads what is stored and starts the timers and listeners; `dispose` releases them all. */
  start(): Promise<void>;
  dispose(): void;
}

/** What the composition root needs from its caller (start.ts, tests, benchmarks). */
export interface KioskDeps {
  store: Store & { log: LogQueries };
  verifier: Ed25519Verifier;
  now?: () => number;
  /** Overrides for the sync client (tests: fetch, network). */
  sync?: Partial<Omit<SyncClientOptions, 'source'>>;
  /** Told when a scan starts and its verdict goes: the update controller's hold. */
  onBusy?: (busy: boolean) => void;
  /** The Storage API and the install trace; the window's by default. */
  storage?: DeviceCareDeps['storage'];
}
