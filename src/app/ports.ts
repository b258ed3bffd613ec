// What the service layer needs from storage and from the sync client, as narrow ports. The
// real ones bind the IndexedDB store and the HTTP sync client; tests can pass in-memory ones.
import type { BundleOutcome } from '../core';
import type {
  DeviceIdentity,
  Direction,
  Entry,
  GuardDecision,
  HeldBundle,
  PinLock,
  Settings,
  SyncState,
} from '../store/types';
import type { EnrollResult, LogQueries } from './services';

export interface StorePort {
  addEntry(entry: Entry): Promise<void>;
  takeUnsynced(limit: number): Promise<Entry[]>;
  markSynced(
    acks: readonly (string | Pick<Entry, 'id' | 'decision'>)[],
    at: number,
  ): Promise<number>;
  setDecision(id: string, decision: Exclude<GuardDecision, null>): Promise<void>;
  lastEntryFor(
    passId: string,
    direction: Direction,
    since: number,
    until: number,
  ): Promise<Entry | undefined>;
  counters(dayStart: number, dayEnd: number): Promise<{ today: number; inside: number }>;
  pendingCount(): Promise<number>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  getHeldBundle(): Promise<HeldBundle | null>;
  putHeldBundle(held: HeldBundle): Promise<void>;
  recordBundleRefusal(code: string, at: number): Promise<void>;
  getDevice(): Promise<DeviceIdentity | null>;
  putDevice(device: DeviceIdentity): Promise<void>;
  getSyncState(): Promise<SyncState>;
  putSyncState(state: SyncState): Promise<void>;
  getPinLock(): Promise<PinLock>;
  putPinLock(lock: PinLock): Promise<void>;
  log: Omit<LogQueries, 'purgeExpired'> & {
    purgeExpired(
      now: number,
      retentionDays: number,
    ): Promise<{ deleted: number; keptUnsynced: number }>;
  };
}

/** Enrollment gives the kiosk its identity, the roots to pin, and usually a first bundle. */
export interface Enrollment {
  device: DeviceIdentity;
  roots: string[];
  bundle: string | null;
}

export interface SyncPort {
  enroll(
    serverUrl: string,
    code: string,
  ): Promise<{ ok: true; enrollment: Enrollment } | Extract<EnrollResult, { ok: false }>>;
  /**
   * Uploads what is pending; resolves when the queue is drained or a failure stops it.
   * `force` skips a backoff in progress (the guard's "sync now", the network coming back).
   */
  uploadPending(opts?: { force?: boolean }): Promise<void>;
  /** Fetches a newer bundle if the server has one, and offers it to `offer`. */
  refreshBundle(offer: (envelope: string) => Promise<BundleOutcome>): Promise<void>;
}
