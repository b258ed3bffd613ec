// The kiosk's sync client, and the only owner of when to sync: one round at a time (upload,
// the venue-wide people inside, the trust bundle, then the kiosk's status report when one is
// due: device-reports.ts), after writes (`nudge`), on an interval, when the network comes back,
// on the guard's "sync now", and after failures with backoff and jitter. Its `status` is what
// the screens show, with whether the server answered the last request (server-reach.ts). It
// reads and writes the device's records only through `source` (a part of
// the model's Store) and releases every timer and listener on `dispose()`.
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { BundleOutcome } from '../core';
import type {
  DeviceIdentity,
  DeviceKeyPair,
  EnrollOptions,
  EnrollOutcome,
  ServerReach,
  Store,
  SyncStatus,
} from '../model';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { newIsolationState } from './batch-isolation';
import type { DrainResult } from './drain-outbox';
import { createDeviceKey } from './device-key';
import { askOccupancy, sendStatusReport } from './device-reports';
import { enrollDevice } from './enroll-device';
import { askHeldCount } from './held-count';
import type { TransportDeps } from './http-transport';
import { windowNetwork, type NetworkWatch } from './network-watch';
import { createOccupancyWatch } from './occupancy-watch';
import { watchServerReach } from './server-reach';
import { createStatusReporter, type StatusFacts } from './status-reporter';
import { storageError } from './sync-error';
import { createSyncRecord } from './sync-record';
import { refreshTrustBundle, type EtagStore } from './trust-bundle-refresh';
import { createUploadRun } from './upload-run';
import { ensureVenueKey, type VenueKeySource } from './venue-key';
import { MAX_BATCH_ENTRIES } from './wire';

export type SyncSource = Pick<
  Store,
  'takeUnsynced' | 'markSynced' | 'getSyncState' | 'putSyncState' | 'getDevice' | 'getSettings'
> &
  Partial<VenueKeySource>;

export type UploadReport =
  { kind: 'skipped'; why: 'not-enrolled' | 'backing-off' } | ({ kind: 'ran' } & DrainResult);

/** A Retry-After longer than this is read as this: a kiosk never stops syncing for a day. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** After a write, a round waits this long: the verdict paints first, and a burst costs one. */
export const NUDGE_DELAY_MS = 400;

export interface SyncClientOptions {
  source: SyncSource;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  timeoutMs?: number;
  batchSize?: number;
  /** A round on this interval while online (the window: every minute). */
  intervalMs?: number;
  nudgeDelayMs?: number;
  /** Whether the device has a network, and when that changes; defaults to the window's. */
  network?: NetworkWatch;
  /** Where a bundle the server has goes (the trust service); without it no bundle is fetched. */
  offerBundle?: (envelope: string) => Promise<BundleOutcome>;
  onStatus?: (status: SyncStatus) => void;
  /** What the kiosk's status report says; without it no report is sent (status-reporter.ts). */
  statusFacts?: () => Promise<StatusFacts>;
  statusEveryMs?: number;
  /** Asks the venue-wide people-inside figure with each round (occupancy-watch.ts). */
  venueOccupancy?: boolean;
  occupancyGapMs?: number;
  keyKind?: 'auto' | 'noble';
  deviceLabel?: string;
}

/** Timers that do not keep a Node process (a script, a test) alive just to retry; no-op in browsers. */
function background<T>(timer: T): T {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

export function createSyncClient(options: SyncClientOptions) {
  const { source } = options;
  const now = options.now ?? Date.now;
  const network = options.network ?? windowNetwork();
  let server: ServerReach = 'unknown';
  const transport: TransportDeps = {
    fetch: watchServerReach(options.fetch ?? globalThis.fetch.bind(globalThis), (reach) => {
      server = reach;
      publish();
    }),
    now,
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  const quarantine = new Map<string, string>();
  const batchSize = { value: Math.min(MAX_BATCH_ENTRIES, options.batchSize ?? MAX_BATCH_ENTRIES) };
  const isolation = newIsolationState();
  const uploadRun = createUploadRun({ source, transport, quarantine, batchSize, isolation });
  const record = createSyncRecord(source);
  let nextAttemptAt: number | null = null;
  let online = network.online();
  let upload: Promise<UploadReport> | null = null;
  let round: Promise<void> | null = null;
  /** The round asked for while one ran (see syncRound). */
  let followUp: { force: boolean; done: Promise<void> } | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let nudgeTimer: ReturnType<typeof setTimeout> | undefined;
  let interval: ReturnType<typeof setInterval> | undefined;
  let stopNetwork: (() => void) | undefined;
  let disposed = false;

  const status = signal<SyncStatus>(snapshot());
  function snapshot(): SyncStatus {
    const running = upload !== null || round !== null;
    return {
      ...record.current,
      running,
      nextAttemptAt,
      setAside: quarantine.size,
      online,
      server,
    };
  }
  /** A new status for the screens, only when something in it changed (each one re-renders). */
  function publish(): void {
    const next = snapshot();
    const same = (Object.keys(next) as (keyof SyncStatus)[]).every(
      (key) => next[key] === status.value[key],
    );
    if (same) return;
    status.value = next;
    options.onStatus?.(next);
  }

  const bundleEtag: EtagStore = {
    get: async () => (await source.getSyncState()).bundleEtag,
    put: async (etag) => void (await record.update(() => ({ bundleEtag: etag }))),
  };

  const serverUrl = async () => (await source.getSettings()).syncServer;
  /** This device and its server, when enrolled. */
  const enrolledAt = async () => {
    const [device, url] = await Promise.all([source.getDevice(), serverUrl()]);
    return device && url ? { device, url } : null;
  };

  const occupancy = createOccupancyWatch({
    ask: async () => {
      const at = await enrolledAt();
      return at && askOccupancy(at.device, at.url, transport);
    },
    now,
    canAsk: () => online && !disposed,
    ...(options.occupancyGapMs !== undefined ? { gapMs: options.occupancyGapMs } : {}),
  });
  const reporter =
    options.statusFacts &&
    createStatusReporter({
      facts: options.statusFacts,
      now,
      ...(options.statusEveryMs !== undefined ? { everyMs: options.statusEveryMs } : {}),
    });

  /** The requests beside the upload, only while the server answers (no timeouts to wait out). */
  async function besideUpload(step: () => Promise<unknown>): Promise<void> {
    if (server !== 'answered' || disposed) return;
    await step().catch(() => undefined);
  }

  async function run(device: DeviceIdentity, url: string): Promise<UploadReport> {
    await record.update(() => ({ lastAttemptAt: now() }));
    // The venue's pseudonym key, if the kiosk does not hold it yet (a store without keys: tests).
    if (source.getPassKey && source.adoptVenueSecret)
      await ensureVenueKey(device, url, source as VenueKeySource, transport);
    const result = await uploadRun(device, url, publish);
    if (result.sent > 0 && options.venueOccupancy) occupancy.afterUpload();
    if (result.stop.kind === 'drained') {
      nextAttemptAt = null;
      const first = [...quarantine][0];
      const detail = first && `${quarantine.size} set aside, first ${first[0]}: ${first[1]}`;
      await record.update(() => ({
        lastSuccessAt: now(),
        consecutiveFailures: 0,
        lastError: detail ? { code: 'set-aside', detail } : null,
      }));
    } else {
      const error = result.stop.error;
      const state = await record.update((s) => ({
        lastError: error,
        consecutiveFailures: s.consecutiveFailures + 1,
      }));
      // A server that said when to come back (429 Retry-After) is not asked sooner.
      const delay = Math.max(
        backoffDelay(state.consecutiveFailures, options.random, options.backoff ?? DEFAULT_BACKOFF),
        Math.min(result.stop.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS),
      );
      nextAttemptAt = now() + delay;
      clearTimeout(retryTimer);
      // The timer is the backoff itself, so its run does not wait again.
      if (!disposed)
        retryTimer = background(setTimeout(() => void uploadPending({ force: true }), delay));
    }
    return { kind: 'ran', ...result };
  }

  /** Uploads what is pending. Automatic calls wait out the backoff; `force` ("sync now", network back) does not. */
  function uploadPending(opts: { force?: boolean } = {}): Promise<UploadReport> {
    if (upload) return upload;
    upload = (async (): Promise<UploadReport> => {
      try {
        const [device, url] = await Promise.all([source.getDevice(), serverUrl()]);
        if (!device || !url) return { kind: 'skipped', why: 'not-enrolled' };
        if (!opts.force && nextAttemptAt !== null && now() < nextAttemptAt)
          return { kind: 'skipped', why: 'backing-off' };
        clearTimeout(retryTimer);
        publish();
        return await run(device, url);
      } catch (e) {
        // The sync state itself could not be read or written (storage failing): say so, and
        // let the next trigger try again.
        return {
          kind: 'ran',
          stop: { kind: 'failed', error: storageError(e) },
          sent: 0,
          marked: 0,
        };
      } finally {
        upload = null;
        publish();
      }
    })();
    return upload;
  }

  /** Fetches the server's bundle if it changed and offers it; the ETag is kept unless refused. */
  async function refreshBundle(
    offer: (envelope: string) => Promise<BundleOutcome>,
  ): Promise<BundleOutcome | null> {
    const url = await serverUrl();
    if (!url) return null;
    const result = await refreshTrustBundle(url, bundleEtag, transport, offer);
    return 'outcome' in result ? result : null;
  }

  /**
   * Upload, then the bundle; one round at a time. A caller while a round runs gets one more
   * round right after it (shared by every caller meanwhile): the running round may be past its
   * upload, and an entry written now must not wait for the interval.
   */
  function syncRound(force: boolean): Promise<void> {
    if (!round) return (round = oneRound(force));
    if (followUp) followUp.force ||= force;
    else {
      const next = { force, done: Promise.resolve() };
      next.done = round
        .catch(() => undefined)
        .then(() => {
          followUp = null;
          return disposed ? undefined : syncRound(next.force);
        });
      followUp = next;
    }
    return followUp.done;
  }

  function oneRound(force: boolean): Promise<void> {
    return (async () => {
      publish();
      try {
        await uploadPending({ force });
        if (options.venueOccupancy) await besideUpload(() => occupancy.refresh());
        if (options.offerBundle) await refreshBundle(options.offerBundle).catch(() => null);
        if (reporter)
          await besideUpload(async () => {
            const at = await enrolledAt();
            if (at)
              await reporter.afterRound((r) => sendStatusReport(at.device, at.url, r, transport));
          });
      } finally {
        round = null;
        publish();
      }
    })();
  }

  return {
    /** What the screens show: the stored state, running, next attempt, set aside, online. */
    status: status as ReadonlySignal<SyncStatus>,
    /** The venue-wide people-inside figure as last answered (null before any answer). */
    occupancy: occupancy.latest,
    /** Trades a one-time code for an identity; `key` is a stored earlier attempt's (a retry). */
    enroll: (url: string, code: string, opts: EnrollOptions = {}): Promise<EnrollOutcome> => {
      const label = opts.label ?? options.deviceLabel;
      return enrollDevice(url, code, {
        transport,
        ...(options.keyKind ? { keyKind: options.keyKind } : {}),
        ...(label ? { label } : {}),
        ...(opts.key ? { key: opts.key } : {}),
      });
    },
    /** A new device key, made the way enrollment makes it (WebCrypto where it can). */
    newDeviceKey: (): Promise<DeviceKeyPair> => createDeviceKey(options.keyKind),
    uploadPending,
    refreshBundle,
    /** How many entries the server holds for `deviceId` (of this venue); null if it cannot say. */
    async heldCount(deviceId: string) {
      const [device, url] = await Promise.all([source.getDevice(), serverUrl()]);
      return device && url ? askHeldCount(device, url, deviceId, transport) : null;
    },
    /** The guard's "sync now": a round that does not wait out a backoff. */
    syncNow: (): Promise<void> => syncRound(true),
    /** Something was written: a round a moment from now, if online and not backing off. */
    nudge(): void {
      if (disposed || nudgeTimer !== undefined) return;
      nudgeTimer = background(
        setTimeout(() => {
          nudgeTimer = undefined;
          if (online) void syncRound(false);
        }, options.nudgeDelayMs ?? NUDGE_DELAY_MS),
      );
    },
    /** Reads the stored state, watches the network, starts the interval and a first round. */
    async start(): Promise<void> {
      disposed = false;
      await record.load();
      online = network.online();
      publish();
      stopNetwork?.();
      stopNetwork = network.watch((isOnline) => {
        online = isOnline;
        publish();
        if (!isOnline) return;
        nextAttemptAt = null;
        void syncRound(true);
      });
      clearInterval(interval);
      if (options.intervalMs)
        interval = background(
          setInterval(() => online && void syncRound(false), options.intervalMs),
        );
      if (online) void syncRound(false);
    },
    /** Entries set aside this session and why (they stay pending on the device). */
    setAside: (): ReadonlyMap<string, string> => quarantine,
    isRunning: () => upload !== null,
    nextAttemptAt: () => nextAttemptAt,
    dispose(): void {
      disposed = true;
      occupancy.stop();
      clearTimeout(retryTimer);
      clearTimeout(nudgeTimer);
      clearInterval(interval);
      retryTimer = nudgeTimer = interval = undefined;
      stopNetwork?.();
      stopNetwork = undefined;
    },
  };
}

export type SyncClient = ReturnType<typeof createSyncClient>;
