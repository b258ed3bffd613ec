// The check-in pipeline: verify, suppress a repeat (reentry-rule.ts), commit the entry, and
// only then hand the outcome to the screen. The identity is keyed (a pseudonym) before the
// look-up and the write: the log never holds an ID number or a QID. A failed write never
// hides the verdict; it is reported with it.
import type { CheckResult } from '../core';
import {
  StoreError,
  type CheckInOutcome,
  type Direction,
  type Entry,
  type EntrySource,
  type ManualCheckIn,
  type StoreErrorKind,
} from '../model';
import { entryFromResult, manualEntry } from './entry-from-result';
import { exitResult } from './exit-verdict';
import { repeatOf } from './reentry-rule';

export interface CheckInPorts {
  verify(text: string, now: number): Promise<CheckResult>;
  /** The log's entries of one identity and direction in [since, until], newest first. */
  recentEntriesFor(
    passId: string,
    direction: Direction,
    since: number,
    until: number,
  ): Promise<Entry[]>;
  /** The identity as the log keeps it: a keyed pseudonym, never the ID number or QID. */
  pseudonym(passId: string): Promise<string>;
  /** Resolves once the entry is durably committed; throws StoreError otherwise. */
  addEntry(entry: Entry): Promise<void>;
  now(): number;
  direction(): Direction;
  duplicateWindowMs(): number;
  bundleSeq(): number | null;
}

/**
 * `entry` with its identity keyed. A key that cannot be read leaves the raw identity to the
 * store, whose write keys it in its own transaction (or fails as a write would): never stored raw.
 */
async function keyed(entry: Entry, ports: CheckInPorts): Promise<Entry> {
  if (entry.passId === null) return entry;
  const passId = await ports.pseudonym(entry.passId).catch(() => entry.passId);
  return { ...entry, passId };
}

async function commit(
  entry: Entry,
  ports: CheckInPorts,
): Promise<{ saved: true } | { saved: false; error: StoreErrorKind }> {
  try {
    await ports.addEntry(entry);
    return { saved: true };
  } catch (e) {
    return { saved: false, error: e instanceof StoreError ? e.kind : 'write' };
  }
}

export async function checkIn(
  text: string,
  source: EntrySource,
  ports: CheckInPorts,
): Promise<CheckInOutcome> {
  const at = ports.now();
  const t0 = performance.now();
  const direction = ports.direction();
  const verified = await ports.verify(text, at);
  const result = direction === 'out' ? exitResult(verified) : verified;
  const t1 = performance.now();

  // The entry first: the rule compares what the log would keep with what it kept.
  const entry = await keyed(
    entryFromResult(result, { at, direction, source, bundleSeq: ports.bundleSeq() }),
    ports,
  );
  const windowMs = ports.duplicateWindowMs();
  if (entry.passId !== null && windowMs > 0) {
    // A log that cannot be read must not stop a check-in: the scan is logged.
    const recent = await ports
      .recentEntriesFor(entry.passId, direction, at - windowMs, at)
      .catch(() => []);
    const previous = repeatOf(entry, recent);
    if (previous) {
      const timings = { verifyMs: t1 - t0, storeMs: performance.now() - t1 };
      return { kind: 'duplicate', result, previous, timings };
    }
  }

  const saved = await commit(entry, ports);
  const timings = { verifyMs: t1 - t0, storeMs: performance.now() - t1 };
  return { kind: 'logged', result, entry, ...saved, timings };
}

/** A guard's typed check-in: identity only, and admitted because the guard let them in. */
export async function checkInManual(
  input: ManualCheckIn,
  ports: CheckInPorts,
): Promise<CheckInOutcome> {
  const at = ports.now();
  const t0 = performance.now();
  const entry = await keyed(
    manualEntry(input, { at, direction: ports.direction(), bundleSeq: ports.bundleSeq() }),
    ports,
  );
  const saved = await commit(entry, ports);
  const timings = { verifyMs: 0, storeMs: performance.now() - t0 };
  return { kind: 'manual', entry, saved: saved.saved, timings };
}
