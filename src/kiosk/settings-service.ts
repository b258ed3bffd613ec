// The kiosk's settings as the screens read them (a signal) and change them (a patch, stored
// first: the screen shows only what was saved).
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { DEFAULT_SETTINGS, type Settings, type Store } from '../model';

export interface SettingsService {
  readonly current: ReadonlySignal<Settings>;
  /** Stores `patch` over the saved settings; rejects with StoreError and changes nothing then. */
  save(patch: Partial<Settings>): Promise<void>;
  /** Reads the stored settings. */
  start(): Promise<void>;
}

export function createSettingsService(
  store: Pick<Store, 'getSettings' | 'saveSettings'>,
): SettingsService {
  const current = signal<Settings>(DEFAULT_SETTINGS);
  return {
    current,
    async save(patch) {
      current.value = await store.saveSettings(patch);
    },
    async start() {
      current.value = await store.getSettings();
    },
  };
}
