// Always at the top, in one row: the connection (the server answered, or not), trust bundle
// freshness (and a bundle refused), entries waiting to sync, people inside (the whole venue's
// figure or this kiosk's estimate, saying which), entries today, the last sync; the venue too
// where there is room. Chips that do not fit the row are left out of it, never wrapped
// onto a second one; a tap on the bar opens every detail. Words beside every colour and icon.
import { useState } from 'preact/hooks';
import { bundleAgeHours } from '../../kiosk/bundle-freshness';
import { connectionState, type ConnectionState } from '../../kiosk/connection-state';
import { Icon } from '../icons/icons';
import { useStrings, type Strings } from '../i18n';
import { LocalOnlyChip } from './local-only-chip';
import { insideWords, refusalWords } from './status-words';
import { useServices } from '../services-context';

function connectionWords(state: ConnectionState, s: Strings): string {
  return {
    standalone: '',
    offline: s.status.offline,
    connected: s.status.serverAnswered,
    lost: s.status.serverLost,
    checking: s.status.serverChecking,
  }[state];
}

export function StatusBar({ now }: { now: number }) {
  const services = useServices();
  const s = useStrings();
  const [open, setOpen] = useState(false);
  const settings = services.settings.current.value;
  const trust = services.trust.held.value;
  const freshness = services.trust.freshness.value;
  const { today, pending } = services.counters.current.value;
  const insideFigure = services.inside.value;
  const refusal = services.trust.lastRefusal.value;
  const device = services.setup.device.value;
  const sync = services.sync.status.value;
  const connection = connectionState(sync, device !== null);
  const connectionText = connectionWords(connection, s);
  const connectionOk = connection === 'connected';
  const freshLabel = {
    fresh: s.status.bundleFresh,
    ageing: s.status.bundleAgeing,
    stale: s.status.bundleStale,
    missing: s.status.bundleMissing,
    'clock-behind': s.status.clockBehind,
  }[freshness];
  const bundleAge = trust ? s.status.ageHours(bundleAgeHours(trust.bundle, now)) : null;
  const venue = device?.venueName || settings.venueName;
  const lastSuccess =
    sync.lastSuccessAt === null
      ? s.status.never
      : s.status.minutesAgo(Math.max(0, Math.floor((now - sync.lastSuccessAt) / 60_000)));
  const syncText = sync.running ? s.status.syncing : `${s.status.lastSync}: ${lastSuccess}`;
  // Without a capacity only an enrolled kiosk shows the figure: the venue's is worth a look.
  const inside =
    settings.capacity === null && !device
      ? null
      : insideWords(insideFigure, settings.capacity, now, s);

  return (
    <header class="status" aria-label="Trạng thái / Status">
      <button
        type="button"
        class="status__row"
        aria-expanded={open}
        aria-controls="status-details"
        onClick={() => setOpen(!open)}
      >
        <span class="status__chips">
          {venue && <strong class="status__venue">{venue}</strong>}
          {connection !== 'standalone' && (
            <span
              class={`chip chip--${connectionOk ? 'ok' : connection === 'checking' ? 'idle' : 'warn'}`}
              data-testid="status-online"
              data-connection={connection}
            >
              <Icon name={connectionOk ? 'wifi' : 'wifiOff'} size={18} /> {connectionText}
            </span>
          )}
          <span class={`chip chip--bundle-${freshness}`} data-testid="status-bundle">
            {freshLabel}
            {bundleAge && <span class="status__wide"> · {bundleAge}</span>}
          </span>
          {refusal && (
            <span class="chip chip--warn" data-testid="status-bundle-refused">
              {s.status.bundleRefused}
            </span>
          )}
          <span class={`chip ${pending > 0 ? 'chip--pending' : ''}`} data-testid="status-pending">
            {s.status.pending}: <b>{pending}</b>
          </span>
          <LocalOnlyChip now={now} />
          {inside && (
            <span
              class={`chip ${inside.full ? 'chip--warn' : ''}`}
              data-testid="status-inside"
              data-scope={insideFigure.scope}
            >
              {s.status.inside}: <b>{inside.figure}</b> ({inside.whose})
            </span>
          )}
          <span class="chip" data-testid="status-today">
            {s.status.today}: <b>{today}</b>
          </span>
          {device && (
            <span class={`chip ${sync.lastError ? 'chip--pending' : ''}`} data-testid="status-sync">
              {syncText}
            </span>
          )}
        </span>
        <span class="status__more">
          <Icon name="chevron" size={20} />
          <span class="sr-only">{s.status.details}</span>
        </span>
      </button>
      {open && (
        <dl id="status-details" class="status__details" data-testid="status-details">
          {venue && (
            <>
              <dt>{s.status.venue}</dt>
              <dd>{venue}</dd>
            </>
          )}
          {device?.label && (
            <>
              <dt>{s.status.device}</dt>
              <dd>{device.label}</dd>
            </>
          )}
          <dt>{s.status.connection}</dt>
          <dd>{connectionText || s.status.standalone}</dd>
          <dt>{s.status.bundle}</dt>
          <dd>{bundleAge ? `${freshLabel} · ${bundleAge}` : freshLabel}</dd>
          {refusal && (
            <>
              <dt>{s.status.bundleRefusedTitle}</dt>
              <dd data-testid="status-bundle-refusal">
                {refusalWords(refusal, settings.language, s)}
              </dd>
            </>
          )}
          <dt>{s.status.pending}</dt>
          <dd>{pending}</dd>
          <dt>{s.status.today}</dt>
          <dd>{today}</dd>
          {device && (
            <>
              <dt>{s.status.lastSync}</dt>
              <dd>{sync.running ? s.status.syncing : lastSuccess}</dd>
            </>
          )}
          {inside && (
            <>
              <dt>{s.status.inside}</dt>
              <dd data-testid="status-inside-detail">
                {inside.figure} · {inside.detail}
              </dd>
              {insideFigure.scope === 'venue' && (
                <>
                  <dt>{s.status.insideOwnEstimate}</dt>
                  <dd>{insideFigure.deviceEstimate}</dd>
                </>
              )}
            </>
          )}
        </dl>
      )}
    </header>
  );
}
