// Which people-inside figure the status bar and the capacity warning use: the server's, for the
// whole venue (every door: in at one, out at another), while the kiosk is connected and the
// answer is recent and of today; otherwise this kiosk's own estimate from its own log, said
// as such. Pure: the composition root recomputes it when a figure, the connection or the
// clock moves.
import type { InsideFigure, VenueOccupancy } from '../model';
import type { ConnectionState } from './connection-state';

/** Rounds run every minute while online: three missed answers and the figure is too old. */
export const VENUE_FIGURE_FRESH_MS = 3 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** Whether the venue's answer may still be shown at `now` (the kiosk's clock). */
export function venueFigureUsable(
  venue: VenueOccupancy,
  connection: ConnectionState,
  now: number,
): boolean {
  if (connection !== 'connected') return false;
  // The screens' clock ticks once a minute, so an answer may look a little from the future.
  const age = now - venue.receivedAt;
  if (age > VENUE_FIGURE_FRESH_MS || age < -VENUE_FIGURE_FRESH_MS) return false;
  // The server counts its own day (Vietnam time): past midnight yesterday's figure is no use.
  return venue.asOf + Math.max(0, age) < venue.since + DAY_MS;
}

export function insideFigure(
  deviceEstimate: number,
  venue: VenueOccupancy | null,
  connection: ConnectionState,
  now: number,
): InsideFigure {
  const usable = venue !== null && venueFigureUsable(venue, connection, now);
  return {
    inside: usable ? venue.inside : deviceEstimate,
    scope: usable ? 'venue' : 'device',
    deviceEstimate,
    venue,
  };
}
