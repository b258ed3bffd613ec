// The warnings above the toolbar, each in words: no trust bundle, the clock behind the bundle,
// storage full or failing (the last entry was not saved), the venue at capacity.
import { useServices } from '../services-context';
import type { Strings } from '../i18n';

export function KioskBanners({ strings: s }: { strings: Strings }) {
  const services = useServices();
  const freshness = services.trust.freshness.value;
  const storageProblem = services.checkIn.storageProblem.value;
  const { capacity } = services.settings.current.value;
  const capacityFull = capacity !== null && services.counters.current.value.inside >= capacity;
  return (
    <>
      {freshness === 'missing' && (
        <p class="banner banner--warn" role="status">
          {s.kiosk.noBundle}
        </p>
      )}
      {freshness === 'clock-behind' && (
        <p class="banner banner--warn" role="status">
          {s.kiosk.clockBehind}
        </p>
      )}
      {storageProblem && (
        <p class="banner banner--warn" role="alert" data-testid="storage-problem">
          {storageProblem === 'quota' ? s.kiosk.storageFull : s.kiosk.storageFailing}
        </p>
      )}
      {capacityFull && (
        <p class="banner banner--warn" role="status">
          {s.kiosk.capacityReached}
        </p>
      )}
    </>
  );
}
