// The window's service layer: the one object components talk to. It owns the database
// handle, the held trust bundle, settings, the check-in pipeline and sync; components read
// its signals and call its methods, and never touch IndexedDB or fetch themselves.
import type { ReadonlySignal } from '@preact/signals';
import type { BundleOutcome, CheckResult, TrustBundle } from '../core';
import type {
  DeviceIdentity,
  Direction,
  Entry,
  EntrySource,
  EntryTotals,
  GuardDecision,
  HeldBundle,
  Settings,
  SyncState,
} from '../store/types';

export interface HeldTrust {
  bundle: TrustBundle;
  held: HeldBundle;
}

/** `clock-behind`: the device clock is before the bundle was issued (spec §5: no admit, only review). */
export type BundleFreshness = 'fresh' | 'ageing' | 'stale' | 'missing' | 'clock-behind';

export interface Counters {
  /** Entries logged today (local day), all verdicts. */
  today: number;
  /** Entries not yet acknowledged by the server. */
  pending: number;
  /** Admitted in minus out, today. */
  inside: number;
}

export type CheckInOutcome =
  | { kind: 'logged'; result: CheckResult; entry: Entry; saved: true }
  /** The verdict stands but the entry could not be written: the screen must say so. */
  | {
      kind: 'logged';
      result: CheckResult;
      entry: Entry;
      saved: false;
      error: 'quota' | 'write' | 'unavailable';
    }
  /** Same pass identity within the duplicate window: no second entry. */
  | { kind: 'duplicate'; result: CheckResult; previous: Entry }
  /** Typed in by the guard: identity only, admitted on the guard's word. */
  | { kind: 'manual'; entry: Entry; saved: boolean };

export interface ManualCheckIn {
  name: string;
  idNumber: string;
}

/** Today's (or any day's) log, for the admin screens. Days are local calendar days. */
export interface LogQueries {
  list(query: { from: number; to: number; search?: string; limit?: number }): Promise<Entry[]>;
  /** 24 counts, one per local hour of the day starting at `dayStart`. */
  hourly(dayStart: number): Promise<number[]>;
  totals(from: number, to: number): Promise<EntryTotals>;
  /** UTF-8 with BOM, so Excel shows Vietnamese. */
  exportCsv(from: number, to: number): Promise<Blob>;
  /** Deletes synced entries older than the retention; returns how many. Unsynced ones stay. */
  purgeExpired(now: number): Promise<{ deleted: number; keptUnsynced: number }>;
}

export type PinCheck =
  { ok: true } | { ok: false; lockedUntil: number | null; attemptsLeft: number };

export type EnrollResult =
  | { ok: true }
  | { ok: false; reason: 'code-invalid' | 'code-used' | 'code-expired' | 'network' | 'server' };

export interface KioskServices {
  readonly settings: ReadonlySignal<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;

  readonly trust: ReadonlySignal<HeldTrust | null>;
  readonly freshness: ReadonlySignal<BundleFreshness>;
  /** Applies spec §4 against the pinned roots; only an accepted bundle replaces the held one. */
  importBundle(envelopeText: string): Promise<BundleOutcome>;

  readonly device: ReadonlySignal<DeviceIdentity | null>;
  readonly counters: ReadonlySignal<Counters>;
  /** Set when an entry could not be written (storage full or failing); cleared by the next good write. */
  readonly storageProblem: ReadonlySignal<'quota' | 'write' | 'unavailable' | null>;
  readonly online: ReadonlySignal<boolean>;
  readonly sync: ReadonlySignal<SyncState & { running: boolean }>;
  syncNow(): Promise<void>;

  /** Verify → duplicate check → write to IndexedDB → outcome. The entry is committed before this resolves. */
  checkIn(
    text: string,
    source: EntrySource,
    timings?: { verifyMs: number; storeMs: number },
  ): Promise<CheckInOutcome>;
  checkInManual(input: ManualCheckIn): Promise<CheckInOutcome>;
  /** The guard's call on a review verdict. */
  decide(entryId: string, decision: Exclude<GuardDecision, null>): Promise<void>;
  setDirection(direction: Direction): Promise<void>;

  readonly log: LogQueries;

  /** Admin PIN: salted hash in settings; repeated failures lock for a while. */
  checkPin(pin: string): Promise<PinCheck>;
  setPin(pin: string): Promise<void>;

  /** First run: enroll with a sync server (stores device identity, pinned roots, first bundle). */
  enroll(serverUrl: string, code: string): Promise<EnrollResult>;
  /** First run without a server: pin a root key and import a bundle file. */
  setupStandalone(rootKey: string, bundleText: string): Promise<BundleOutcome>;
}
