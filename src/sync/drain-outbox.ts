// One upload run: batches of unsynced entries go to the server until the outbox is empty or
// a failure stops the run. An entry is marked synced only when the server's answer lists it.
// Entries the server refuses as malformed are set aside for the session (never dropped: they
// stay pending on the device) so that one bad entry cannot block the rest of the log; so is
// one the server keeps failing on alone while the others go up (batch-isolation.ts). A 429
// stops the run with the server's Retry-After; nothing is set aside for it.
import type { Entry, Store, SyncError } from '../model';
import type { HttpResult } from './http-transport';
import {
  mayBeTheBatch,
  onBatchFailure,
  onBatchSuccess,
  type IsolationRun,
  type IsolationState,
} from './batch-isolation';
import { answeredError, networkError } from './sync-error';
import {
  checkUploadResponse,
  checkWireEntry,
  MAX_BATCH_ENTRIES,
  readErrorBody,
  type WireEntry,
} from './wire';
import { toWireEntry } from './wire-entry';

/** The store's side of a run. */
export type OutboxSource = Pick<Store, 'takeUnsynced' | 'markSynced'>;

export type DrainStop =
  | { kind: 'drained' }
  /** `serverTime`: the server refused our clock (TIMESTAMP_SKEW) and said what time it is. */
  | { kind: 'failed'; error: SyncError; serverTime?: number; retryAfterMs?: number };

export interface DrainResult {
  stop: DrainStop;
  sent: number;
  marked: number;
}

export interface DrainContext {
  source: OutboxSource;
  post(entries: WireEntry[]): Promise<HttpResult>;
  now(): number;
  /** Entries set aside this session: id → why. Shared between runs. */
  quarantine: Map<string, string>;
  /** Shrinks when the server says a batch is too large; shared between runs. */
  batchSize: { value: number };
  /** The search for an entry the server fails on; shared between runs. */
  isolation: IsolationState;
  onProgress?(marked: number): void;
}

/** This run's part of the isolation, and the suspects it retried alone. */
interface RunState extends IsolationRun {
  retried: Set<string>;
  /** Suspects sent alone a second time in this run before being set aside. */
  confirmed: Set<string>;
  /** The failure that made the last suspect: the run's outcome if nothing goes through after. */
  suspectFailure: SyncError | null;
}

/** Retry-After in seconds or as an HTTP date, in ms from now; null when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: number): number | null {
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** What one answer means for the run: go on with the next batch, or stop. */
type Step = { go: true; marked: number; sent: number } | { go: false; stop: DrainStop };

async function handleAnswer(
  ctx: DrainContext,
  batch: WireEntry[],
  result: HttpResult,
  run: RunState,
): Promise<Step> {
  // A suspect that fails alone after others went through is sent once more before it is set
  // aside: behind a load balancer the first try may have met the one process that is down
  // while its neighbours answered; an entry the server truly fails on fails again.
  const suspect = batch.length === 1 && ctx.isolation.suspects.has(batch[0]!.id);
  if (mayBeTheBatch(result) && suspect && run.sawSuccess && !run.confirmed.has(batch[0]!.id)) {
    run.confirmed.add(batch[0]!.id);
    return handleAnswer(ctx, batch, await ctx.post(batch), run);
  }
  if (mayBeTheBatch(result)) {
    const retry = batch.length === 1 && ctx.isolation.suspects.has(batch[0]!.id);
    const ids = batch.map((e) => e.id);
    const answered = result.kind !== 'network';
    const step = onBatchFailure(ctx.isolation, ids, ctx.batchSize, run, retry, answered);
    const failure =
      result.kind === 'network'
        ? networkError(result.message)
        : answeredError(result.status, readErrorBody(result.body, result.status));
    if (step.kind === 'stop') return { go: false, stop: { kind: 'failed', error: failure } };
    if (run.suspectSinceSuccess) run.suspectFailure = failure;
    if (step.kind === 'set-aside')
      ctx.quarantine.set(step.id, `the server fails on this entry alone (${failure.detail})`);
    return { go: true, marked: 0, sent: batch.length };
  }
  // (Always handled above; this narrows the type.)
  if (result.kind === 'network')
    return { go: false, stop: { kind: 'failed', error: networkError(result.message) } };
  const { status, body } = result;
  if (status === 200) {
    const retried = batch.length === 1 && ctx.isolation.suspects.has(batch[0]!.id);
    onBatchSuccess(ctx.isolation, ctx.batchSize, run, retried ? batch[0]!.id : null);
    const answer = checkUploadResponse(body, new Set(batch.map((e) => e.id)));
    if (!answer.ok)
      return {
        go: false,
        stop: { kind: 'failed', error: { code: 'bad-answer', detail: answer.reason } },
      };
    const sentDecision = new Map(batch.map((e) => [e.id, e.decision]));
    const acks = answer.value.held.map((id) => ({ id, decision: sentDecision.get(id) ?? null }));
    const marked = acks.length ? await ctx.source.markSynced(acks, ctx.now()) : 0;
    const taken = answer.value.conflicts.filter((c) => c.kind === 'ID_TAKEN');
    for (const c of taken) ctx.quarantine.set(c.id, 'the server holds this id for another device');
    // Nothing marked and nothing set aside: going round again would send the same batch.
    if (marked === 0 && taken.length === 0)
      return {
        go: false,
        stop: { kind: 'failed', error: { code: 'no-progress' } },
      };
    return { go: true, marked, sent: batch.length };
  }
  const error = readErrorBody(body, status);
  if (status === 400 && error.id && batch.some((e) => e.id === error.id)) {
    ctx.quarantine.set(error.id, `${error.error}: ${error.reason}`);
    return { go: true, marked: 0, sent: batch.length };
  }
  if (status === 413) {
    if (batch.length === 1) ctx.quarantine.set(batch[0]!.id, 'larger than the server accepts');
    ctx.batchSize.value = Math.max(1, Math.floor(batch.length / 2));
    return { go: true, marked: 0, sent: batch.length };
  }
  const wait = status === 429 ? retryAfterMs(result.headers, ctx.now()) : null;
  return {
    go: false,
    stop: {
      kind: 'failed',
      error: answeredError(status, error),
      ...(error.error === 'TIMESTAMP_SKEW' && error.serverTime
        ? { serverTime: error.serverTime }
        : {}),
      ...(wait !== null ? { retryAfterMs: wait } : {}),
    },
  };
}

/**
 * The next batch: unsynced, not set aside, and well-formed (a malformed one is set aside).
 * An id listed twice goes once: the server refuses a batch that repeats an id, and that
 * refusal would set the entry aside for the session. Suspects are skipped; once a batch went
 * through in this run, each is sent alone once more (batch-isolation.ts).
 */
async function nextBatch(ctx: DrainContext, run: RunState): Promise<WireEntry[]> {
  const { suspects } = ctx.isolation;
  const skipped = ctx.quarantine.size + suspects.size;
  const limit = Math.min(MAX_BATCH_ENTRIES, ctx.batchSize.value + skipped);
  const batch: WireEntry[] = [];
  const ids = new Set<string>();
  const taken = await ctx.source.takeUnsynced(limit);
  const untried = taken.find(
    (e) => suspects.has(e.id) && !run.retried.has(e.id) && !ctx.quarantine.has(e.id),
  );
  const retry = (entry: Entry) => {
    run.retried.add(entry.id);
    return [toWireEntry(entry)];
  };
  if (untried && run.sawSuccess) return retry(untried);
  for (const entry of taken) {
    if (
      ctx.quarantine.has(entry.id) ||
      suspects.has(entry.id) ||
      ids.has(entry.id) ||
      batch.length >= ctx.batchSize.value
    )
      continue;
    ids.add(entry.id);
    const wire = toWireEntry(entry);
    const checked = checkWireEntry(wire);
    if (checked.ok) batch.push(wire);
    else ctx.quarantine.set(entry.id, `not sent: ${checked.reason}`);
  }
  // Only suspects left, none made in this run: each alone is the probe of the server.
  if (batch.length === 0 && untried && !run.suspectSinceSuccess) return retry(untried);
  return batch;
}

export async function drainOutbox(ctx: DrainContext): Promise<DrainResult> {
  let sent = 0;
  let marked = 0;
  const run: RunState = {
    sawSuccess: false,
    suspectSinceSuccess: false,
    retried: new Set(),
    confirmed: new Set(),
    suspectFailure: null,
  };
  for (;;) {
    const batch = await nextBatch(ctx, run);
    // A suspect made with nothing going through after it: not drained, the server may be down.
    if (batch.length === 0 && run.suspectSinceSuccess && run.suspectFailure)
      return { stop: { kind: 'failed', error: run.suspectFailure }, sent, marked };
    if (batch.length === 0) return { stop: { kind: 'drained' }, sent, marked };
    const step = await handleAnswer(ctx, batch, await ctx.post(batch), run);
    if (!step.go) return { stop: step.stop, sent, marked };
    sent += step.sent;
    marked += step.marked;
    if (step.marked) ctx.onProgress?.(step.marked);
  }
}
