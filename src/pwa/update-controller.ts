// When a new version of the kiosk may take over. A waiting service worker is announced
// (`updateReady`) and applied either on the guard's tap or by itself at the next idle moment:
// never while a verdict is on screen (`setBusy`), never while an admin screen is open
// (`hold`). Applying = SKIP_WAITING to the waiting worker, then one reload once it controls.
// A waiting worker of an older build than this one (a rollback on the server) is never
// applied: the data is already of this build's version, which the older build cannot open.
// The logic takes a Workbox-shaped source so tests can drive it with a fake.
import { signal } from '@preact/signals';
import { SCHEMA_VERSION } from '../model';

/** What a worker says of itself: its release and the data version its build keeps. */
export interface WorkerVersion {
  appVersion: string;
  schemaVersion: number;
}

/** What the controller needs of workbox-window's `Workbox`. */
export interface UpdateSource {
  addEventListener(
    type: 'installed' | 'waiting' | 'controlling',
    listener: (event: { isUpdate?: boolean; isExternal?: boolean }) => void,
  ): void;
  messageSkipWaiting(): void;
  update(): Promise<unknown>;
  /**
   * Asks the waiting worker its version; null when it does not answer (builds before 0.2.0).
   * Without this method every waiting worker is taken as current (tests of the timing).
   */
  waitingVersion?(): Promise<WorkerVersion | null>;
}

export interface UpdateControllerOptions {
  reload: () => void;
  /** Quiet time (no verdict, no admin screen) before an update applies itself. */
  idleMs?: number;
  /** How often a kiosk left open all day asks the server for a new worker. */
  checkEveryMs?: number;
  /** If the new worker never takes control after SKIP_WAITING, reload anyway after this. */
  controlTimeoutMs?: number;
}

/** What is pending: a worker waiting to activate, or one already active that needs a reload. */
type Pending = 'none' | 'waiting' | 'reload';

export class UpdateController {
  /** A new version is ready; the banner offers to apply it. */
  readonly updateReady = signal(false);
  /** The first install finished: the kiosk now starts with no network. */
  readonly offlineReady = signal(false);
  /** Applying now: the page is about to reload. */
  readonly applying = signal(false);
  /**
   * The server offers an older build than this one (its release, or null when it does not
   * say): kept waiting, never applied. Cleared when a build this one may update to arrives.
   */
  readonly olderWaiting = signal<{ appVersion: string | null } | null>(null);

  private pending: Pending = 'none';
  private busy = false;
  private holds = 0;
  private applyWhenFree = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private checkTimer: ReturnType<typeof setInterval> | null = null;
  private source: UpdateSource | null = null;
  private reloaded = false;
  private readonly idleMs: number;
  private readonly checkEveryMs: number;
  private readonly controlTimeoutMs: number;

  constructor(private readonly options: UpdateControllerOptions) {
    this.idleMs = options.idleMs ?? 30_000;
    this.checkEveryMs = options.checkEveryMs ?? 60 * 60_000;
    this.controlTimeoutMs = options.controlTimeoutMs ?? 10_000;
  }

  attach(source: UpdateSource): void {
    this.source = source;
    source.addEventListener('installed', (e) => {
      if (!e.isUpdate && !e.isExternal) this.offlineReady.value = true;
    });
    source.addEventListener('waiting', () => void this.waiting(source));
    source.addEventListener('controlling', (e) => {
      if (this.applying.value) this.reloadOnce();
      // Another tab activated a new version: our old files may be gone from the cache, so
      // reload too, but only at a quiet moment.
      else if (e.isUpdate) this.found('reload');
    });
    if (this.checkTimer === null) {
      this.checkTimer = setInterval(
        () => void source.update().catch(() => undefined),
        this.checkEveryMs,
      );
    }
  }

  /** The kiosk screen: true while a verdict is shown (or a scan is being checked). */
  setBusy(busy: boolean): void {
    this.busy = busy;
    if (busy) return this.cancelIdle();
    if (this.applyWhenFree) return this.applyNow();
    this.scheduleIdle();
  }

  /** Keeps updates from applying by themselves until the returned release is called. */
  hold(): () => void {
    this.holds++;
    this.cancelIdle();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.scheduleIdle();
    };
  }

  /** The guard's tap: now, or as soon as the verdict on screen is gone. */
  apply(): void {
    if (this.pending === 'none') return;
    if (this.busy) this.applyWhenFree = true;
    else this.applyNow();
  }

  dismissOfflineReady(): void {
    this.offlineReady.value = false;
  }

  /** A worker waits: applied in time if its build keeps data of this build's version or newer. */
  private async waiting(source: UpdateSource): Promise<void> {
    if (!source.waitingVersion) return this.found('waiting');
    const version = await source.waitingVersion().catch(() => null);
    if (version && version.schemaVersion >= SCHEMA_VERSION) {
      this.olderWaiting.value = null;
      return this.found('waiting');
    }
    this.olderWaiting.value = { appVersion: version?.appVersion ?? null };
  }

  private found(kind: Exclude<Pending, 'none'>): void {
    if (this.pending !== 'reload') this.pending = kind;
    this.updateReady.value = true;
    this.scheduleIdle();
  }

  private scheduleIdle(): void {
    this.cancelIdle();
    if (this.pending === 'none' || this.busy || this.holds > 0 || this.applying.value) return;
    this.idleTimer = setTimeout(() => this.applyNow(), this.idleMs);
  }

  private cancelIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private applyNow(): void {
    this.cancelIdle();
    this.applyWhenFree = false;
    if (this.applying.value) return;
    this.applying.value = true;
    if (this.pending === 'reload' || !this.source) return this.reloadOnce();
    this.source.messageSkipWaiting();
    setTimeout(() => this.reloadOnce(), this.controlTimeoutMs);
  }

  private reloadOnce(): void {
    if (this.reloaded) return;
    this.reloaded = true;
    this.options.reload();
  }
}

/** The window's one controller; src/pwa/service-worker.ts attaches the registered Workbox. */
export const updateController = new UpdateController({ reload: () => location.reload() });
