// The check-in pipeline (check-in.ts) bound to the kiosk's store, settings and held bundle,
// and what the screen must know besides each outcome: whether storage is failing.
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { verifyCode, type Ed25519Verifier } from '../core';
import {
  StoreError,
  type CheckInOutcome,
  type EntrySource,
  type GuardDecision,
  type HeldTrust,
  type ManualCheckIn,
  type Settings,
  type Store,
  type StoreErrorKind,
} from '../model';
import { checkIn, checkInManual, type CheckInPorts } from './check-in';
import { isPendingReview, resultFromEntry } from './pending-review';

/** A review the log holds open, as the verdict screen shows it again. */
export type ReopenedReview = Extract<CheckInOutcome, { kind: 'logged' }>;

export interface CheckInService {
  /** Set when a write failed (storage full or failing); cleared by the next good write. */
  readonly storageProblem: ReadonlySignal<StoreErrorKind | null>;
  /** Verify → duplicate check → write → outcome. The entry is committed before this resolves. */
  scan(text: string, source: EntrySource): Promise<CheckInOutcome>;
  manual(input: ManualCheckIn): Promise<CheckInOutcome>;
  /** The guard's call on a review (or `none`: closed undecided); resolves once stored, rejects with StoreError otherwise. */
  decide(entryId: string, decision: Exclude<GuardDecision, null>): Promise<void>;
  /** The review a reload interrupted, still waiting for the guard (pending-review.ts), if any. */
  pendingReview(): Promise<ReopenedReview | null>;
}

export interface CheckInServiceDeps {
  store: Pick<
    Store,
    'addEntry' | 'recentEntriesFor' | 'setDecision' | 'newestEntry' | 'pseudonymOf'
  >;
  settings: ReadonlySignal<Settings>;
  /** Resolves once the settings being saved are stored (the direction just tapped); null: none. */
  settingsSettled?: () => Promise<void> | null;
  trust: ReadonlySignal<HeldTrust | null>;
  verifier: Ed25519Verifier;
  now: () => number;
  /** After every stored write (entry or decision): counters and sync follow. */
  onWritten(): void;
}

const SETTINGS_WAIT_MS = 1000;

export function createCheckInService(deps: CheckInServiceDeps): CheckInService {
  const { store, settings, trust } = deps;
  const storageProblem = signal<StoreErrorKind | null>(null);
  const failed = (e: unknown): StoreErrorKind => (e instanceof StoreError ? e.kind : 'write');

  const ports: CheckInPorts = {
    verify: (text, at) =>
      verifyCode(text, {
        bundle: trust.value?.bundle ?? null,
        policy: settings.value.policy,
        now: at,
        verifier: deps.verifier,
      }),
    recentEntriesFor: (passId, direction, since, until) =>
      store.recentEntriesFor(passId, direction, since, until),
    pseudonym: (passId) => store.pseudonymOf(passId),
    addEntry: async (entry) => {
      try {
        await store.addEntry(entry);
        storageProblem.value = null;
      } catch (e) {
        storageProblem.value = failed(e);
        throw e;
      }
    },
    now: deps.now,
    direction: () => settings.value.direction,
    duplicateWindowMs: () => settings.value.duplicateWindowSec * 1000,
    bundleSeq: () => trust.value?.bundle.seq ?? null,
  };

  /** The settings being saved, waited for at most a second: a stuck store must not stop scans. */
  async function settingsSettled(): Promise<void> {
    const saving = deps.settingsSettled?.();
    if (!saving) return; // the usual case: nothing to wait for, no timer on the scan path
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = new Promise<void>((done) => (timer = setTimeout(done, SETTINGS_WAIT_MS)));
    await Promise.race([saving, giveUp]);
    clearTimeout(timer);
  }

  const written = (outcome: CheckInOutcome) => {
    if ((outcome.kind === 'logged' || outcome.kind === 'manual') && outcome.saved) deps.onWritten();
    return outcome;
  };

  return {
    storageProblem,
    scan: async (text, source) => {
      await settingsSettled();
      return written(await checkIn(text, source, ports));
    },
    manual: async (input) => {
      await settingsSettled();
      return written(await checkInManual(input, ports));
    },
    async decide(entryId, decision) {
      try {
        await store.setDecision(entryId, decision);
        storageProblem.value = null;
      } catch (e) {
        storageProblem.value = failed(e);
        throw e;
      }
      deps.onWritten();
    },
    async pendingReview() {
      const newest = await store.newestEntry();
      if (!isPendingReview(newest, deps.now())) return null;
      return { kind: 'logged', result: resultFromEntry(newest), entry: newest, saved: true };
    },
  };
}
