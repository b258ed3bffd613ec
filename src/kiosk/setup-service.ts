// First run: enroll with a sync server (its identity, the roots to pin and a first bundle are
// stored), or set up standalone with a root key and a bundle file. Holds the device identity.
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { BundleOutcome } from '../core';
import type { DeviceIdentity, EnrollOutcome, EnrollResult, Store } from '../model';
import type { SettingsService } from './settings-service';
import type { TrustService } from './trust-service';

export interface SetupService {
  /** The kiosk's identity with its server; null when standalone or not yet enrolled. */
  readonly device: ReadonlySignal<DeviceIdentity | null>;
  enroll(serverUrl: string, code: string): Promise<EnrollResult>;
  /** Pins `rootKey` and imports `bundleText`; nothing is pinned if the bundle is refused. */
  standalone(rootKey: string, bundleText: string): Promise<BundleOutcome>;
  /** Reads the stored identity. */
  start(): Promise<void>;
}

export interface SetupServiceDeps {
  store: Pick<Store, 'getDevice' | 'putDevice'>;
  settings: Pick<SettingsService, 'save'>;
  trust: Pick<TrustService, 'offer'>;
  /** Trades the code for an identity with the server (src/sync's enrollDevice). */
  enroll(serverUrl: string, code: string): Promise<EnrollOutcome>;
  /** After enrolling: the first sync. */
  onEnrolled(): void;
}

export function createSetupService(deps: SetupServiceDeps): SetupService {
  const device = signal<DeviceIdentity | null>(null);
  return {
    device,
    async enroll(serverUrl, code) {
      const result = await deps.enroll(serverUrl, code);
      if (!result.ok) return { ok: false, reason: result.reason };
      const { enrollment } = result;
      await deps.store.putDevice(enrollment.device);
      device.value = enrollment.device;
      await deps.settings.save({
        syncServer: serverUrl,
        pinnedRoots: enrollment.roots,
        venueName: enrollment.device.venueName,
      });
      if (enrollment.bundle) await deps.trust.offer(enrollment.bundle, enrollment.roots);
      deps.onEnrolled();
      return { ok: true };
    },
    async standalone(rootKey, bundleText) {
      const roots = [rootKey.trim()];
      const outcome = await deps.trust.offer(bundleText, roots);
      if (outcome.outcome !== 'refused')
        await deps.settings.save({ pinnedRoots: roots, syncServer: null });
      return outcome;
    },
    async start() {
      device.value = await deps.store.getDevice();
    },
  };
}
