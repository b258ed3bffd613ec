// Which people-inside figure the screens use: the venue's while connected, recent and of the
// server's today; this kiosk's own estimate otherwise, said as such.
import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../src/kiosk/connection-state';
import { insideFigure, VENUE_FIGURE_FRESH_MS } from '../../src/kiosk/inside-figure';
import type { VenueOccupancy } from '../../src/model';

const DAY = 86_400_000;
const since = Date.UTC(2026, 10, 29, 17); // midnight in Vietnam
const venue: VenueOccupancy = {
  inside: 12,
  in: 15,
  out: 3,
  since,
  asOf: since + 10 * 3_600_000,
  receivedAt: since + 10 * 3_600_000 + 250, // the kiosk's clock a little ahead
};

describe('inside figure', () => {
  it('uses the venue-wide figure while connected and recent', () => {
    expect(insideFigure(7, venue, 'connected', venue.receivedAt + 60_000)).toEqual({
      inside: 12,
      scope: 'venue',
      deviceEstimate: 7,
      venue,
    });
    // The screens' clock ticks once a minute: an answer from "the future" is still recent.
    expect(insideFigure(7, venue, 'connected', venue.receivedAt - 59_000).scope).toBe('venue');
  });

  it("falls back to the kiosk's own estimate offline, unreachable, standalone, or before any answer", () => {
    for (const connection of ['offline', 'lost', 'checking', 'standalone'] as ConnectionState[])
      expect(insideFigure(7, venue, connection, venue.receivedAt + 1000), connection).toMatchObject(
        { inside: 7, scope: 'device', venue },
      );
    expect(insideFigure(3, null, 'connected', 0)).toEqual({
      inside: 3,
      scope: 'device',
      deviceEstimate: 3,
      venue: null,
    });
  });

  it('falls back when the answer is too old, from a clock far off, or of yesterday', () => {
    const at = venue.receivedAt;
    expect(insideFigure(7, venue, 'connected', at + VENUE_FIGURE_FRESH_MS).scope).toBe('venue');
    expect(insideFigure(7, venue, 'connected', at + VENUE_FIGURE_FRESH_MS + 1).scope).toBe(
      'device',
    );
    expect(insideFigure(7, venue, 'connected', at - VENUE_FIGURE_FRESH_MS - 1).scope).toBe(
      'device',
    );
    // Answered a minute before the server's midnight: two minutes later it is a new day.
    const late = { ...venue, asOf: since + DAY - 60_000, receivedAt: since + DAY - 60_000 };
    expect(insideFigure(7, late, 'connected', late.receivedAt + 30_000).scope).toBe('venue');
    expect(insideFigure(7, late, 'connected', late.receivedAt + 120_000).scope).toBe('device');
  });
});
