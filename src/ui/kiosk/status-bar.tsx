// Always visible: venue, network, trust bundle freshness and age, entries today, waiting to
// sync, people inside. Words beside every colour and icon.
import { useServices } from '../services-context';
import { bundleAgeHours } from '../../kiosk/bundle-freshness';
import { Icon } from '../icons/icons';
import { useStrings } from '../i18n';
import { LocalOnlyChip } from './local-only-chip';

export function StatusBar({ now }: { now: number }) {
  const services = useServices();
  const s = useStrings();
  const settings = services.settings.current.value;
  const trust = services.trust.held.value;
  const freshness = services.trust.freshness.value;
  const { today, pending, inside } = services.counters.current.value;
  const online = services.sync.status.value.online;
  const freshLabel = {
    fresh: s.status.bundleFresh,
    ageing: s.status.bundleAgeing,
    stale: s.status.bundleStale,
    missing: s.status.bundleMissing,
    'clock-behind': s.status.clockBehind,
  }[freshness];
  const venue = services.setup.device.value?.venueName || settings.venueName;
  const sync = services.sync.status.value;
  const lastSuccess =
    sync.lastSuccessAt === null
      ? s.status.never
      : s.status.minutesAgo(Math.max(0, Math.floor((now - sync.lastSuccessAt) / 60_000)));

  return (
    <header class="status" aria-label="Trạng thái / Status">
      {venue && <strong class="status__venue">{venue}</strong>}
      <span class={`chip chip--${online ? 'ok' : 'warn'}`} data-testid="status-online">
        <Icon name={online ? 'wifi' : 'wifiOff'} size={18} />{' '}
        {online ? s.status.online : s.status.offline}
      </span>
      <span class={`chip chip--bundle-${freshness}`} data-testid="status-bundle">
        {freshLabel}
        {trust && ` · ${s.status.ageHours(bundleAgeHours(trust.bundle, now))}`}
      </span>
      <span class="chip" data-testid="status-today">
        {s.status.today}: <b>{today}</b>
      </span>
      <span class={`chip ${pending > 0 ? 'chip--pending' : ''}`} data-testid="status-pending">
        {s.status.pending}: <b>{pending}</b>
      </span>
      <LocalOnlyChip now={now} />
      {services.setup.device.value && (
        <span class={`chip ${sync.lastError ? 'chip--pending' : ''}`} data-testid="status-sync">
          {sync.running ? s.status.syncing : `${s.status.lastSync}: ${lastSuccess}`}
        </span>
      )}
      {settings.capacity !== null && (
        <span
          class={`chip ${inside >= settings.capacity ? 'chip--warn' : ''}`}
          data-testid="status-inside"
        >
          {s.status.inside}:{' '}
          <b>
            {inside}/{settings.capacity}
          </b>
        </span>
      )}
    </header>
  );
}
