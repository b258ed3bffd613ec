// The kiosk's settings as the screens read them (a signal) and change them (a patch, stored
// first: the screen shows only what was saved).
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { DEFAULT_SETTINGS, type Settings, type Store } from '../model';

export interface SettingsService {
  readonly current: ReadonlySignal<Settings>;
  /** Stores `patch` over the saved settings; rejects with StoreError and changes nothing then. */
  save(patch: Partial<Settings>): Promise<void>;
  /**
   * Resolves once every save begun so far has ended (stored or failed); null when none is under
   * way. A code read just after the guard taps "RA" is logged as an exit, though the tap is
   * shown only once stored.
   */
  settled(): Promise<void> | null;
  /** Reads the stored settings. */
  start(): Promise<void>;
}

export function createSettingsService(
  store: Pick<Store, 'getSettings' | 'saveSettings'>,
): SettingsService {
  const current = signal<Settings>(DEFAULT_SETTINGS);
  const inFlight = new Set<Promise<void>>();
  return {
    current,
    save(patch) {
      const stored = store.saveSettings(patch).then((saved) => void (current.value = saved));
      inFlight.add(stored);
      const ended = () => void inFlight.delete(stored);
      stored.then(ended, ended);
      return stored;
    },
    settled: () =>
      inFlight.size === 0 ? null : Promise.allSettled([...inFlight]).then(() => undefined),
    async start() {
      current.value = await store.getSettings();
    },
  };
}
