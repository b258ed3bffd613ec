// One upload run against the server: the outbox drained batch by batch (drain-outbox.ts),
// signed with the device key, and once more after correcting the device clock when the server
// refused it for skew. Never throws: a failing store is a failed run too.
import type { DeviceIdentity } from '../model';
import {
  drainOutbox,
  type DrainContext,
  type DrainResult,
  type OutboxSource,
} from './drain-outbox';
import type { IsolationState } from './batch-isolation';
import { send, type TransportDeps } from './http-transport';
import { storageError } from './sync-error';
import { API_PATHS, type WireEntry } from './wire';

export interface UploadRunDeps {
  source: OutboxSource;
  transport: TransportDeps;
  /** Entries set aside this session: id → why. Shared between runs. */
  quarantine: Map<string, string>;
  /** Shrinks when the server says a batch is too large; shared between runs. */
  batchSize: { value: number };
  /** The search for an entry the server keeps failing on; shared between runs. */
  isolation: IsolationState;
}

export function createUploadRun(deps: UploadRunDeps) {
  /** The device clock's correction to the server's, learnt from a TIMESTAMP_SKEW refusal. */
  let clockOffsetMs = 0;

  const post = (device: DeviceIdentity, serverUrl: string) => (entries: WireEntry[]) =>
    send(
      {
        serverUrl,
        method: 'POST',
        path: API_PATHS.upload,
        body: { entries },
        device,
        clockOffsetMs,
      },
      deps.transport,
    );

  async function drain(ctx: DrainContext): Promise<DrainResult> {
    try {
      return await drainOutbox(ctx);
    } catch (e) {
      return { stop: { kind: 'failed', error: storageError(e) }, sent: 0, marked: 0 };
    }
  }

  return async function run(
    device: DeviceIdentity,
    serverUrl: string,
    onProgress: () => void,
  ): Promise<DrainResult> {
    const { now } = deps.transport;
    const ctx: DrainContext = {
      source: deps.source,
      post: post(device, serverUrl),
      now,
      quarantine: deps.quarantine,
      batchSize: deps.batchSize,
      isolation: deps.isolation,
      onProgress,
    };
    const result = await drain(ctx);
    // A refusal for clock skew carries the server's time: correct our clock once and go again.
    if (result.stop.kind !== 'failed' || result.stop.serverTime === undefined) return result;
    clockOffsetMs = result.stop.serverTime - now();
    const again = await drain(ctx);
    return {
      stop: again.stop,
      sent: result.sent + again.sent,
      marked: result.marked + again.marked,
    };
  };
}
