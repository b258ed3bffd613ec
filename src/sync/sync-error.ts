// Every way a sync request can fail, as the typed SyncError the screens put into words
// (src/ui/i18n: settings.syncErrors). The server's own code and reason go into `detail`.
import type { SyncError } from '../model';
import type { ErrorBody } from './wire';

const AUTH_REFUSALS = new Set(['SIGNATURE_INVALID', 'AUTH_MISSING', 'REPLAY']);

/** A refusal or failure answered by the server (any status but 200). */
export function answeredError(status: number, body: ErrorBody): SyncError {
  const detail = `${status} ${body.error}${body.reason ? `: ${body.reason}` : ''}`;
  if (body.error === 'TIMESTAMP_SKEW') return { code: 'clock-skew', detail };
  if (body.error === 'DEVICE_UNKNOWN') return { code: 'device-unknown', detail };
  if (body.error === 'DEVICE_REVOKED') return { code: 'device-revoked', detail };
  if (AUTH_REFUSALS.has(body.error)) return { code: 'auth-refused', detail };
  return { code: status >= 500 ? 'server-error' : 'server-refused', detail };
}

/** No answer at all: offline, the server down, a timeout. */
export const networkError = (message: string): SyncError => ({ code: 'network', detail: message });

/** The device's own storage failed while syncing. */
export function storageError(e: unknown): SyncError {
  return { code: 'storage', detail: e instanceof Error ? e.message : String(e) };
}
