// One upload run: batches of unsynced entries go to the server until the outbox is empty or
// a failure stops the run. An entry is marked synced only when the server's answer lists it.
// Entries the server refuses as malformed are set aside for the session (never dropped: they
// stay pending on the device) so that one bad entry cannot block the rest of the log.
import type { Store, SyncError } from '../model';
import type { HttpResult } from './http-transport';
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
  | { kind: 'failed'; error: SyncError; serverTime?: number };

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
  onProgress?(marked: number): void;
}

/** What one answer means for the run: go on with the next batch, or stop. */
type Step = { go: true; marked: number; sent: number } | { go: false; stop: DrainStop };

async function handleAnswer(
  ctx: DrainContext,
  batch: WireEntry[],
  result: HttpResult,
): Promise<Step> {
  if (result.kind === 'network')
    return { go: false, stop: { kind: 'failed', error: networkError(result.message) } };
  const { status, body } = result;
  if (status === 200) {
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
  return {
    go: false,
    stop: {
      kind: 'failed',
      error: answeredError(status, error),
      ...(error.error === 'TIMESTAMP_SKEW' && error.serverTime
        ? { serverTime: error.serverTime }
        : {}),
    },
  };
}

/**
 * The next batch: unsynced, not set aside, and well-formed (a malformed one is set aside).
 * An id listed twice goes once: the server refuses a batch that repeats an id, and that
 * refusal would set the entry aside for the session.
 */
async function nextBatch(ctx: DrainContext): Promise<WireEntry[]> {
  const limit = Math.min(MAX_BATCH_ENTRIES, ctx.batchSize.value + ctx.quarantine.size);
  const batch: WireEntry[] = [];
  const ids = new Set<string>();
  for (const entry of await ctx.source.takeUnsynced(limit)) {
    if (ctx.quarantine.has(entry.id) || ids.has(entry.id) || batch.length >= ctx.batchSize.value)
      continue;
    ids.add(entry.id);
    const wire = toWireEntry(entry);
    const checked = checkWireEntry(wire);
    if (checked.ok) batch.push(wire);
    else ctx.quarantine.set(entry.id, `not sent: ${checked.reason}`);
  }
  return batch;
}

export async function drainOutbox(ctx: DrainContext): Promise<DrainResult> {
  let sent = 0;
  let marked = 0;
  for (;;) {
    const batch = await nextBatch(ctx);
    if (batch.length === 0) return { stop: { kind: 'drained' }, sent, marked };
    const step = await handleAnswer(ctx, batch, await ctx.post(batch));
    if (!step.go) return { stop: step.stop, sent, marked };
    sent += step.sent;
    marked += step.marked;
    if (step.marked) ctx.onProgress?.(step.marked);
  }
}
