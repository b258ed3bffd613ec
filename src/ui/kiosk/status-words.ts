// The status bar's longer sayings, kept out of the component: whose people-inside figure is
// shown (the whole venue's from the server, or this kiosk's own estimate) and why the last
// trust bundle offered was refused.
import type { HeldBundle, InsideFigure } from '../../model';
import { formatDateTime } from '../admin/format';
import type { Language, Strings } from '../i18n';

export interface InsideWords {
  /** `12/50`, or `12` with no capacity set. */
  figure: string;
  /** Short, for the chip and the capacity banner: "cả địa điểm" or "máy này ước tính". */
  whose: string;
  /** For the details panel: where the figure comes from and how old it is. */
  detail: string;
  full: boolean;
}

export function insideWords(
  f: InsideFigure,
  capacity: number | null,
  now: number,
  s: Strings,
): InsideWords {
  const figure = capacity === null ? String(f.inside) : `${f.inside}/${capacity}`;
  const full = capacity !== null && f.inside >= capacity;
  if (f.scope === 'venue' && f.venue) {
    const minutes = Math.max(0, Math.floor((now - f.venue.receivedAt) / 60_000));
    return {
      figure,
      whose: s.status.insideVenue,
      detail: s.status.insideVenueDetail(s.status.minutesAgo(minutes)),
      full,
    };
  }
  return { figure, whose: s.status.insideDevice, detail: s.status.insideDeviceDetail, full };
}

export function refusalWords(
  refusal: NonNullable<HeldBundle['lastRefusal']>,
  language: Language,
  s: Strings,
): string {
  const reasons = s.status.bundleRefusal as Record<string, string>;
  const reason = Object.hasOwn(reasons, refusal.code)
    ? reasons[refusal.code]!
    : s.status.bundleRefusalOther(refusal.code);
  return s.status.bundleRefusedDetail(formatDateTime(refusal.at, language), reason);
}
