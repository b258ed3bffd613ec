// First run: enroll with a sync server (its identity, the roots to pin and a first bundle are
// stored), or set up standalone with a root key and a bundle file. Holds the device identity.
// Enrollment is atomic from the guard's view: the key is stored with the code before the
// request goes, and the answer is stored before the wizard shows its last step, so a tab
// closed at any moment resumes (setup-progress.ts) and retries with the same key, which the
// server answers with the same device, instead of spending a second code.
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { rootsAfterBundle, type BundleOutcome } from '../core';
import type {
  DeviceIdentity,
  DeviceKeyPair,
  EnrollFailure,
  EnrollOptions,
  EnrollOutcome,
  EnrollResult,
  PendingEnrollment,
  Store,
} from '../model';
import type { SettingsService } from './settings-service';
import type { TrustService } from './trust-service';

export interface SetupService {
  /** The kiosk's identity with its server; null when standalone or not yet enrolled. */
  readonly device: ReadonlySignal<DeviceIdentity | null>;
  /** An enrollment sent but not answered yet (the tab closed meanwhile); null otherwise. */
  readonly pending: ReadonlySignal<PendingEnrollment | null>;
  /** Enrolls as `label` ("Cửa chính"); a retry of the pending code reuses its key. */
  enroll(serverUrl: string, code: string, label: string): Promise<EnrollResult>;
  /** Pins `rootKey` and imports `bundleText`; nothing is pinned if the bundle is refused. */
  standalone(rootKey: string, bundleText: string): Promise<BundleOutcome>;
  /** Reads the stored identity and any enrollment under way. */
  start(): Promise<void>;
}

export interface SetupServiceDeps {
  store: Pick<
    Store,
    | 'getDevice'
    | 'putDevice'
    | 'getPendingEnrollment'
    | 'putPendingEnrollment'
    | 'clearPendingEnrollment'
    | 'adoptVenueSecret'
  >;
  settings: Pick<SettingsService, 'save'>;
  trust: Pick<TrustService, 'offer'>;
  /** Trades the code for an identity with the server (src/sync's enrollDevice). */
  enroll(serverUrl: string, code: string, options: EnrollOptions): Promise<EnrollOutcome>;
  /** A new device key (src/sync's createDeviceKey). */
  newDeviceKey(): Promise<DeviceKeyPair>;
  now: () => number;
  /** After enrolling: the first sync. */
  onEnrolled(): void;
}

/** Refusals that no retry of the same code can change: the stored attempt is dropped. */
const FINAL: readonly EnrollFailure[] = ['code-invalid', 'code-used', 'code-expired'];

export function createSetupService(deps: SetupServiceDeps): SetupService {
  const { store } = deps;
  const device = signal<DeviceIdentity | null>(null);
  const pending = signal<PendingEnrollment | null>(null);

  /** The stored attempt for this code and server, or a new one stored before it is sent. */
  async function attempt(serverUrl: string, code: string, label: string) {
    const stored = pending.value ?? (await store.getPendingEnrollment());
    if (stored && stored.code === code && stored.serverUrl === serverUrl) {
      if (stored.label === label) return stored;
      const renamed = { ...stored, label };
      await store.putPendingEnrollment(renamed);
      return renamed;
    }
    const key = await deps.newDeviceKey();
    const fresh: PendingEnrollment = { serverUrl, code, label, ...key, startedAt: deps.now() };
    await store.putPendingEnrollment(fresh);
    return fresh;
  }

  return {
    device,
    pending,
    async enroll(serverUrl, code, label) {
      const sent = await attempt(serverUrl, code, label);
      pending.value = sent;
      const key = { publicKey: sent.publicKey, privateKey: sent.privateKey };
      const result = await deps.enroll(serverUrl, code, { label, key });
      if (!result.ok) {
        if (FINAL.includes(result.reason)) {
          await store.clearPendingEnrollment();
          pending.value = null;
        }
        return { ok: false, reason: result.reason };
      }
      const { enrollment } = result;
      await store.putDevice(enrollment.device);
      // The venue's key for the pseudonyms; an older server's is fetched at the first sync.
      if (enrollment.venueSecret)
        await store
          .adoptVenueSecret(enrollment.device.venueId, enrollment.venueSecret)
          .catch(() => undefined);
      device.value = enrollment.device;
      await deps.settings.save({
        syncServer: serverUrl,
        pinnedRoots: enrollment.roots,
        venueName: enrollment.device.venueName,
      });
      if (enrollment.bundle) await deps.trust.offer(enrollment.bundle, enrollment.roots);
      // The identity is stored: the attempt is done (a leftover is ignored once a device exists).
      await store.clearPendingEnrollment().catch(() => undefined);
      pending.value = null;
      deps.onEnrolled();
      return { ok: true };
    },
    async standalone(rootKey, bundleText) {
      const roots = [rootKey.trim()];
      const outcome = await deps.trust.offer(bundleText, roots);
      // The root typed in, and the next root the bundle names (root-rotation.md).
      if (outcome.outcome !== 'refused')
        await deps.settings.save({
          pinnedRoots: [...rootsAfterBundle(roots, outcome.bundle, null)],
          syncServer: null,
        });
      return outcome;
    },
    async start() {
      const [stored, enrolling] = await Promise.all([
        store.getDevice(),
        store.getPendingEnrollment(),
      ]);
      device.value = stored;
      pending.value = stored ? null : enrolling;
    },
  };
}
