// The venue's name and the numbers: the re-entry window, how long a verdict stays (and
// whether a review closes by itself), capacity and how many days the log stays on the device.
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../services-context';
import { REVIEW_TIMEOUT_MIN_SEC, type Settings } from '../../model';
import { useStrings } from '../i18n';
import { NumberSetting } from './number-setting';
import { SaveNote } from './save-note';
import { useSettingSaver } from './use-setting-saver';

type NumberKey =
  | 'duplicateWindowSec'
  | 'autoReturnAdmitSec'
  | 'autoReturnOtherSec'
  | 'reviewTimeoutSec'
  | 'capacity'
  | 'retentionDays';

const RANGES: Record<NumberKey, { min: number; max: number; optional?: boolean }> = {
  duplicateWindowSec: { min: 0, max: 3600 },
  autoReturnAdmitSec: { min: 1, max: 60 },
  autoReturnOtherSec: { min: 1, max: 120 },
  reviewTimeoutSec: { min: 0, max: 600 },
  capacity: { min: 1, max: 100_000, optional: true },
  retentionDays: { min: 1, max: 365 },
};

export function VenueSettings() {
  const services = useServices();
  const s = useStrings();
  const { save, status } = useSettingSaver();
  const settings = services.settings.current.value;
  const [venue, setVenue] = useState(settings.venueName);
  useEffect(() => setVenue(settings.venueName), [settings.venueName]);
  const labels: Record<NumberKey, string> = {
    duplicateWindowSec: s.settings.duplicateWindow,
    autoReturnAdmitSec: s.settings.autoReturnAdmit,
    autoReturnOtherSec: s.settings.autoReturnOther,
    reviewTimeoutSec: s.settings.reviewTimeout,
    capacity: s.settings.capacity,
    retentionDays: s.settings.retentionDays,
  };
  const commitVenue = () =>
    venue.trim() !== settings.venueName && void save({ venueName: venue.trim() });

  return (
    <section class="ad-card" aria-labelledby="venue-title">
      <h3 id="venue-title">{s.settings.venueTitle}</h3>
      <div class="ad-field">
        <label for="venue-name">{s.settings.venueName}</label>
        <input
          id="venue-name"
          value={venue}
          maxLength={80}
          autocomplete="off"
          onInput={(e) => setVenue((e.target as HTMLInputElement).value)}
          onBlur={commitVenue}
          onKeyDown={(e) => e.key === 'Enter' && commitVenue()}
        />
      </div>
      {(Object.keys(RANGES) as NumberKey[]).map((key) => (
        <NumberSetting
          key={key}
          id={`setting-${key}`}
          label={labels[key]}
          value={settings[key]}
          {...RANGES[key]}
          {...(key === 'reviewTimeoutSec'
            ? {
                allowed: {
                  test: (n: number) => n === 0 || n >= REVIEW_TIMEOUT_MIN_SEC,
                  message: s.settings.reviewTimeoutInvalid,
                },
              }
            : {})}
          onSave={(value) => void save({ [key]: value } as Partial<Settings>)}
        />
      ))}
      <SaveNote status={status} />
    </section>
  );
}
