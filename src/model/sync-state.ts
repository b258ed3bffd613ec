// How sync is going: the record kept on the device (SyncState), what the screens show of it
// (SyncStatus), and why a run failed, as a code the UI turns into words (SyncError).
import type { Entry } from './entry';

/**
 * Why a sync run failed, or what it left behind. `detail` is technical (an HTTP status, the
 * server's code, an exception's message) for support; the screens show the code in words.
 */
export type SyncErrorCode =
  /** No answer: no network, the server down, a timeout. */
  | 'network'
  /** The server refused our clock and correcting it once did not help. */
  | 'clock-skew'
  /** The server does not know this device (deleted, or another server). */
  | 'device-unknown'
  /** The venue owner revoked this device. */
  | 'device-revoked'
  /** The server refused the request's signature or authentication. */
  | 'auth-refused'
  /** The server refused the request for another reason (a 4xx). */
  | 'server-refused'
  /** The server failed (a 5xx). */
  | 'server-error'
  /** The server answered something that is not a sync answer. */
  | 'bad-answer'
  /** The server answered but held none of the batch. */
  | 'no-progress'
  /** The device's own storage failed while syncing. */
  | 'storage'
  /** Everything else went up; some entries were set aside (they stay on the device). */
  | 'set-aside'
  /** A record written by an older version, whose error was a sentence. */
  | 'unknown';

export interface SyncError {
  code: SyncErrorCode;
  detail?: string;
}

export interface SyncState {
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: SyncError | null;
  consecutiveFailures: number;
  bundleEtag: string | null;
}

export const DEFAULT_SYNC_STATE: SyncState = {
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  consecutiveFailures: 0,
  bundleEtag: null,
};

/**
 * Whether the sync server answered the last request this session: `answered` (any answer but
 * a gateway's 502–504), `failed` (no answer: no network, a timeout, the server down), or
 * `unknown` before the first request.
 */
export type ServerReach = 'unknown' | 'answered' | 'failed';

/** The sync client's live status: the stored state and what only this session knows. */
export interface SyncStatus extends SyncState {
  running: boolean;
  /** When the next automatic attempt may run after failures; null when not backing off. */
  nextAttemptAt: number | null;
  /** Entries set aside this session because the server refused them (they stay pending). */
  setAside: number;
  /** Whether the browser says the device has a network (`navigator.onLine` and its events): a hint only. */
  online: boolean;
  /** Whether the server answered the last request: what "connected" means on screen. */
  server: ServerReach;
}

/**
 * An acknowledged entry: its id, or the entry as it was sent. With the sent `decision`, an
 * entry whose decision was made while the upload was in flight stays pending, so the decision
 * is uploaded next time instead of being marked as already on the server.
 */
export type SyncAck = string | Pick<Entry, 'id' | 'decision'>;
