// The kiosk's sync client: the SyncPort of src/app/ports.ts over an injected store. It owns
// when to upload (one run at a time, backoff with jitter after failures, a retry timer, the
// network coming back) and keeps the SyncState the status bar reads. It never touches
// IndexedDB itself; the lead binds `SyncSource` to src/store.
import type { BundleOutcome } from '../core';
import type { DeviceIdentity, SyncState } from '../store/types';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import {
  drainOutbox,
  type DrainContext,
  type DrainResult,
  type OutboxSource,
} from './drain-outbox';
import { enrollDevice, type EnrollOutcome } from './enroll-device';
import { send, type TransportDeps } from './http-transport';
import { refreshTrustBundle, type EtagStore } from './trust-bundle-refresh';
import { API_PATHS, MAX_BATCH_ENTRIES, type WireEntry } from './wire';

export interface SyncSource extends OutboxSource {
  getSyncState(): Promise<SyncState>;
  putSyncState(state: SyncState): Promise<void>;
  getDevice(): Promise<DeviceIdentity | null>;
  /** settings.syncServer: the base URL, or null when standalone. */
  getServerUrl(): Promise<string | null>;
}

export interface SyncStatus extends SyncState {
  running: boolean;
  /** When the next automatic attempt may run after failures; null when not backing off. */
  nextAttemptAt: number | null;
  /** Entries set aside this session because the server refused them (they stay pending). */
  setAside: number;
}

export type UploadReport =
  { kind: 'skipped'; why: 'not-enrolled' | 'backing-off' } | ({ kind: 'ran' } & DrainResult);

export interface SyncClientOptions {
  source: SyncSource;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  timeoutMs?: number;
  batchSize?: number;
  /** Also upload on this interval (a Node kiosk, tests); the window's services have their own. */
  intervalMs?: number;
  /** Subscribes to "the network is back"; defaults to the window's `online` event. */
  onOnline?: (callback: () => void) => () => void;
  onStatus?: (status: SyncStatus) => void;
  keyKind?: 'auto' | 'noble';
  deviceLabel?: string;
}

/** Timers that do not keep a Node process (a script, a test) alive just to retry; no-op in browsers. */
function background<T>(timer: T): T {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

function windowOnline(callback: () => void): () => void {
  const target = globalThis as {
    addEventListener?: typeof addEventListener;
    removeEventListener?: typeof removeEventListener;
  };
  if (!target.addEventListener || !target.removeEventListener) return () => {};
  target.addEventListener('online', callback);
  return () => target.removeEventListener!('online', callback);
}

export function createSyncClient(options: SyncClientOptions) {
  const { source } = options;
  const now = options.now ?? Date.now;
  const transport: TransportDeps = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    now,
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  const quarantine = new Map<string, string>();
  const batchSize = { value: Math.min(MAX_BATCH_ENTRIES, options.batchSize ?? MAX_BATCH_ENTRIES) };
  let clockOffsetMs = 0;
  let nextAttemptAt: number | null = null;
  let running: Promise<UploadReport> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stateWrites: Promise<unknown> = Promise.resolve();

  /** Read-modify-write of the SyncState, one at a time, so uploads and bundle checks never lose each other's fields. */
  function updateState(patch: (s: SyncState) => Partial<SyncState>): Promise<SyncState> {
    const write = stateWrites.then(async () => {
      const current = await source.getSyncState();
      const next = { ...current, ...patch(current) };
      await source.putSyncState(next);
      return next;
    });
    stateWrites = write.catch(() => undefined);
    return write;
  }

  const bundleEtag: EtagStore = {
    get: async () => (await source.getSyncState()).bundleEtag,
    put: async (etag) => void (await updateState(() => ({ bundleEtag: etag }))),
  };

  async function notify(): Promise<void> {
    if (!options.onStatus) return;
    const state = await source.getSyncState();
    options.onStatus({
      ...state,
      running: running !== null,
      nextAttemptAt,
      setAside: quarantine.size,
    });
  }

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
      transport,
    );

  /** A drain run that never throws: a failing store (or anything else) is a failed run too. */
  async function drain(ctx: DrainContext): Promise<DrainResult> {
    try {
      return await drainOutbox(ctx);
    } catch (e) {
      return {
        stop: {
          kind: 'failed',
          error: `on this device: ${e instanceof Error ? e.message : String(e)}`,
        },
        sent: 0,
        marked: 0,
      };
    }
  }

  async function run(device: DeviceIdentity, serverUrl: string): Promise<UploadReport> {
    await updateState(() => ({ lastAttemptAt: now() }));
    const ctx: DrainContext = {
      source,
      post: post(device, serverUrl),
      now,
      quarantine,
      batchSize,
      onProgress: () => void notify(),
    };
    let result = await drain(ctx);
    // A refusal for clock skew carries the server's time: correct our clock once and go again.
    if (result.stop.kind === 'failed' && result.stop.serverTime !== undefined) {
      clockOffsetMs = result.stop.serverTime - now();
      const again = await drain(ctx);
      result = {
        stop: again.stop,
        sent: result.sent + again.sent,
        marked: result.marked + again.marked,
      };
    }
    if (result.stop.kind === 'drained') {
      nextAttemptAt = null;
      const aside = [...quarantine].map(([id, why]) => `${id}: ${why}`)[0];
      await updateState(() => ({
        lastSuccessAt: now(),
        consecutiveFailures: 0,
        lastError: aside ? `set aside ${quarantine.size}, first ${aside}` : null,
      }));
    } else {
      const error = result.stop.error;
      const state = await updateState((s) => ({
        lastError: error,
        consecutiveFailures: s.consecutiveFailures + 1,
      }));
      const delay = backoffDelay(
        state.consecutiveFailures,
        options.random,
        options.backoff ?? DEFAULT_BACKOFF,
      );
      nextAttemptAt = now() + delay;
      clearTimeout(retryTimer);
      // The timer is the backoff itself, so its run does not wait again.
      retryTimer = background(setTimeout(() => void uploadPending({ force: true }), delay));
    }
    return { kind: 'ran', ...result };
  }

  /** Uploads what is pending. Automatic calls wait out the backoff; `force` ("sync now", network back) does not. */
  function uploadPending(opts: { force?: boolean } = {}): Promise<UploadReport> {
    if (running) return running;
    running = (async (): Promise<UploadReport> => {
      try {
        const [device, serverUrl] = await Promise.all([source.getDevice(), source.getServerUrl()]);
        if (!device || !serverUrl) return { kind: 'skipped', why: 'not-enrolled' };
        if (!opts.force && nextAttemptAt !== null && now() < nextAttemptAt)
          return { kind: 'skipped', why: 'backing-off' };
        clearTimeout(retryTimer);
        void notify();
        return await run(device, serverUrl);
      } catch (e) {
        // The sync state itself could not be read or written (storage failing): say so, and
        // let the next trigger try again.
        const error = `on this device: ${e instanceof Error ? e.message : String(e)}`;
        return { kind: 'ran', stop: { kind: 'failed', error }, sent: 0, marked: 0 };
      } finally {
        running = null;
        void notify();
      }
    })();
    return running;
  }

  /** Fetches the server's bundle if it changed and offers it; the ETag is kept unless refused. */
  async function refreshBundle(
    offer: (envelope: string) => Promise<BundleOutcome>,
  ): Promise<BundleOutcome | null> {
    const serverUrl = await source.getServerUrl();
    if (!serverUrl) return null;
    const result = await refreshTrustBundle(serverUrl, bundleEtag, transport, offer);
    return 'outcome' in result ? result : null;
  }

  const stopOnline = (options.onOnline ?? windowOnline)(() => {
    nextAttemptAt = null;
    void uploadPending({ force: true });
  });
  const interval = options.intervalMs
    ? background(setInterval(() => void uploadPending(), options.intervalMs))
    : undefined;

  return {
    enroll: (serverUrl: string, code: string): Promise<EnrollOutcome> =>
      enrollDevice(serverUrl, code, {
        transport,
        ...(options.keyKind ? { keyKind: options.keyKind } : {}),
        ...(options.deviceLabel ? { label: options.deviceLabel } : {}),
      }),
    uploadPending,
    refreshBundle,
    /** Entries set aside this session and why, for the settings screen. */
    setAside: (): ReadonlyMap<string, string> => quarantine,
    isRunning: () => running !== null,
    nextAttemptAt: () => nextAttemptAt,
    dispose(): void {
      clearTimeout(retryTimer);
      clearInterval(interval);
      stopOnline();
    },
  };
}

export type SyncClient = ReturnType<typeof createSyncClient>;
