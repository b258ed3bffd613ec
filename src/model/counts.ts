// Figures over the log: the status bar's live counters, the admin log's totals, and what a
// retention purge did.

/** The live figures for the status bar. */
export interface Counters {
  /** Entries logged in the day (local day), all verdicts. */
  today: number;
  /** People who went in minus people who went out that day (admitted entries), never below 0. */
  inside: number;
  /** Entries not yet acknowledged by the server (all days). */
  pending: number;
}

/**
 * A time range's figures for the admin log. `admit`/`review`/`deny` count entries by verdict;
 * `admitted` counts people let through (`wasAdmitted`), split by direction into `in` and `out`,
 * so `in - out` is the same head-count the status bar shows as `inside`.
 */
export interface EntryTotals {
  admit: number;
  review: number;
  deny: number;
  admitted: number;
  in: number;
  out: number;
}

/** What a retention purge did: synced entries deleted, and old unsynced ones it refused to drop. */
export interface PurgeResult {
  deleted: number;
  keptUnsynced: number;
}

/**
 * The sync server's people-inside figure for the whole venue (every device's admitted entries
 * in minus out today), as the kiosk last received it: `asOf` by the server's clock,
 * `receivedAt` by the kiosk's.
 */
export interface VenueOccupancy {
  inside: number;
  in: number;
  out: number;
  /** Start of the day the server counted (epoch ms). */
  since: number;
  asOf: number;
  receivedAt: number;
}

/**
 * The people-inside figure the screens show, and whose it is: `venue` (the server's figure,
 * every door) while it is online and recent, else `device` (this kiosk's own estimate).
 */
export interface InsideFigure {
  inside: number;
  scope: 'venue' | 'device';
  /** This kiosk's own estimate, always known. */
  deviceEstimate: number;
  /** The last venue-wide answer, even when too old to be used; null before any. */
  venue: VenueOccupancy | null;
}
