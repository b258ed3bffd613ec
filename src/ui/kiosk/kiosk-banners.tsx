// The warnings above the toolbar, each in words: no trust bundle, the clock behind the bundle,
// storage full or failing (the last entry was not saved), the venue at capacity (by the whole
// venue's figure while connected, else this kiosk's estimate, saying which).
import { useServices } from '../services-context';
import type { Strings } from '../i18n';

export function KioskBanners({ strings: s }: { strings: Strings }) {
  const services = useServices();
  const freshness = services.trust.freshness.value;
  const storageProblem = services.checkIn.storageProblem.value;
  const { capacity } = services.settings.current.value;
  const inside = services.inside.value.inside;
  const capacityFull = capacity !== null && inside >= capacity;
  const whose =
    services.inside.value.scope === 'venue' ? s.status.insideVenue : s.status.insideDevice;
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
        <p class="banner banner--warn" role="status" data-testid="capacity-reached">
          {s.kiosk.capacityReached} ({whose}: {inside}/{capacity})
        </p>
      )}
    </>
  );
}
