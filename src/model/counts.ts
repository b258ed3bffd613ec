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
