// The window's service layer: the one object components talk to. It owns the database
// handle, the held trust bundle, settings, the check-in pipeline and sync; components read
// its signals and call its methods, and never touch IndexedDB or fetch themselves.
import type { ReadonlySignal } from '@preact/signals';
import type { BundleOutcome, CheckResult, TrustBundle } from '../core';
import type { DeviceIdentity, Direction, Entry, EntrySource, GuardDecision, HeldBundle, Settings, SyncState } from '../store/types';

export interface HeldTrust {
  bundle: TrustBundle;
  held: HeldBundle;
}

export type BundleFreshness = 'fresh' | 'ageing' | 'stale' | 'missing';

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
  | { kind: 'logged'; result: CheckResult; entry: Entry; saved: false; error: 'quota' | 'write' | 'unavailable' }
  /** Same pass identity within the duplicate window: no second entry. */
  | { kind: 'duplicate'; result: CheckResult; previous: Entry };

export interface ManualCheckIn {
  name: string;
  idNumber: string;
}

export interface KioskServices {
  readonly settings: ReadonlySignal<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;

  readonly trust: ReadonlySignal<HeldTrust | null>;
  readonly freshness: ReadonlySignal<BundleFreshness>;
  /** Applies spec §4 against the pinned roots; only an accepted bundle replaces the held one. */
  importBundle(envelopeText: string): Promise<BundleOutcome>;

  readonly device: ReadonlySignal<DeviceIdentity | null>;
  readonly counters: ReadonlySignal<Counters>;
  readonly online: ReadonlySignal<boolean>;
  readonly sync: ReadonlySignal<SyncState & { running: boolean }>;
  syncNow(): Promise<void>;

  /** Verify → duplicate check → write to IndexedDB → outcome. The entry is committed before this resolves. */
  checkIn(text: string, source: EntrySource): Promise<CheckInOutcome>;
  checkInManual(input: ManualCheckIn): Promise<CheckInOutcome>;
  /** The guard's call on a review verdict. */
  decide(entryId: string, decision: Exclude<GuardDecision, null>): Promise<void>;
  setDirection(direction: Direction): Promise<void>;
}
