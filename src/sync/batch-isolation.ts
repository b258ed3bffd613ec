// Finding the one entry that makes the server fail, without mistaking an outage for it.
//
// A batch the server fails on (a 5xx, or no answer at all) is first taken for an outage: the
// run stops and backs off, nothing is set aside. When the same batch (the same oldest entry)
// fails again, it is halved, as for 413, down to its oldest entry alone; that entry becomes a
// suspect and is skipped, and the run goes on with the rest. A suspect is set aside only when
// the server answers a failure for it on its own AFTER another batch went through in the same
// run: the server works for the others and fails on this one. One that only ever gets no
// answer stays a suspect (skipped, never blocking the others): a process down behind a load
// balancer looks just like it. If nothing goes through (the server is down),
// suspects are only skipped, never set aside, and each is retried alone once the server
// answers again (an outage that made suspects clears them). 503 and 507 say "the whole server",
// so they never start an isolation.

/** Shared between runs (the sync client keeps one). */
export interface IsolationState {
  /** The oldest entry of the last batch that failed, and how many times in a row. */
  head: string | null;
  failures: number;
  /** A batch failed twice: halving until the entry is found, successes or not. */
  active: boolean;
  /** Entries that failed alone, skipped until a run with a success tries each alone again. */
  suspects: Set<string>;
  /** The batch size before isolation halved it; restored once the isolation is over. */
  fullSize: number | null;
}

export const newIsolationState = (): IsolationState => ({
  head: null,
  failures: 0,
  active: false,
  suspects: new Set(),
  fullSize: null,
});

/** A failure that may be the batch's fault: 5xx but "unavailable" and "out of space", or none. */
export function mayBeTheBatch(result: { kind: 'network' } | { kind: 'answer'; status: number }) {
  return result.kind === 'network' || (result.status >= 500 && ![503, 507].includes(result.status));
}

export type IsolationStep =
  /** Stop the run and back off (a first failure, or the server failing for others too). */
  | { kind: 'stop' }
  /** Go on with the run: the batch size was halved, or its entry became a suspect. */
  | { kind: 'go' }
  /** Set this entry aside: it failed alone while others went through. */
  | { kind: 'set-aside'; id: string };

/** This run's part: a batch went through; a suspect was added since the last success. */
export interface IsolationRun {
  sawSuccess: boolean;
  suspectSinceSuccess: boolean;
}

/** What a failing batch means; `retry`: the batch is a suspect sent alone again. */
export function onBatchFailure(
  iso: IsolationState,
  batchIds: readonly string[],
  batchSize: { value: number },
  run: IsolationRun,
  retry: boolean,
  /** The server answered (a 5xx); false when the request got no answer at all. */
  answered = true,
): IsolationStep {
  const head = batchIds[0]!;
  if (retry) {
    if (!run.sawSuccess) return { kind: 'stop' };
    // No answer at all is no proof against the entry: behind a load balancer it may have met
    // a process that is down. It stays a suspect (skipped, tried alone again next run) and the
    // batches go back to their size, so it slows nobody.
    if (!answered) {
      iso.active = false;
      if (iso.fullSize !== null) batchSize.value = iso.fullSize;
      iso.fullSize = null;
      return { kind: 'go' };
    }
    iso.suspects.delete(head);
    endIfDone(iso, batchSize);
    return { kind: 'set-aside', id: head };
  }
  iso.failures = iso.head === head ? iso.failures + 1 : 1;
  iso.head = head;
  if (!iso.active && iso.failures < 2) return { kind: 'stop' };
  iso.active = true;
  if (batchIds.length > 1) {
    iso.fullSize ??= batchSize.value;
    batchSize.value = Math.max(1, Math.floor(batchIds.length / 2));
    return { kind: 'go' };
  }
  // Two entries in a row failing alone with nothing going through: more likely the server.
  if (run.suspectSinceSuccess) return { kind: 'stop' };
  iso.fullSize ??= batchSize.value;
  iso.suspects.add(head);
  run.suspectSinceSuccess = true;
  iso.head = null;
  iso.failures = 0;
  return { kind: 'go' };
}

/** A batch went through; `retried`: it was a suspect alone, which was a passing fault. */
export function onBatchSuccess(
  iso: IsolationState,
  batchSize: { value: number },
  run: IsolationRun,
  retried: string | null,
): void {
  run.sawSuccess = true;
  run.suspectSinceSuccess = false;
  iso.head = null;
  iso.failures = 0;
  if (retried) {
    iso.suspects.delete(retried);
    endIfDone(iso, batchSize);
  }
}

/** No suspect left: the isolation is over and the batch size comes back. */
function endIfDone(iso: IsolationState, batchSize: { value: number }): void {
  if (iso.suspects.size > 0) return;
  iso.active = false;
  if (iso.fullSize !== null) batchSize.value = iso.fullSize;
  iso.fullSize = null;
}
