// The kiosk side of the trust bundle: fetch the server's latest, conditionally by ETag, and
// hand it to `offer` (the trust service, which applies spec §4: src/kiosk/trust-offer.ts).
import type { BundleOutcome } from '../core';
import type { SyncError } from '../model';
import { send, type TransportDeps } from './http-transport';
import { networkError } from './sync-error';
import { API_PATHS } from './wire';

export type BundleFetch =
  | { kind: 'bundle'; envelope: string; etag: string | null }
  | { kind: 'not-modified' }
  | { kind: 'none' }
  | { kind: 'failed'; error: SyncError };

/** GET /api/bundle with If-None-Match; the envelope comes back as the JSON text it is. */
export async function fetchTrustBundle(
  serverUrl: string,
  etag: string | null,
  deps: TransportDeps,
): Promise<BundleFetch> {
  const result = await send(
    {
      serverUrl,
      method: 'GET',
      path: API_PATHS.bundle,
      ...(etag ? { headers: { 'if-none-match': etag } } : {}),
    },
    deps,
  );
  if (result.kind === 'network') return { kind: 'failed', error: networkError(result.message) };
  if (result.status === 304) return { kind: 'not-modified' };
  if (result.status === 404) return { kind: 'none' };
  if (result.status !== 200 || typeof result.body !== 'object' || result.body === null) {
    const code = result.status >= 500 ? 'server-error' : 'server-refused';
    return { kind: 'failed', error: { code, detail: `bundle: HTTP ${result.status}` } };
  }
  return {
    kind: 'bundle',
    envelope: JSON.stringify(result.body),
    etag: result.headers.get('etag'),
  };
}

export interface EtagStore {
  get(): Promise<string | null>;
  put(etag: string | null): Promise<void>;
}

/**
 * Fetch and offer in one step. The ETag is remembered only for a bundle that was not refused,
 * so a refused one is looked at again next time (the roots may have changed meanwhile).
 */
export async function refreshTrustBundle(
  serverUrl: string,
  etagStore: EtagStore,
  transport: TransportDeps,
  offer: (envelope: string) => Promise<BundleOutcome>,
): Promise<BundleOutcome | BundleFetch> {
  const fetched = await fetchTrustBundle(serverUrl, await etagStore.get(), transport);
  if (fetched.kind !== 'bundle') return fetched;
  const outcome = await offer(fetched.envelope);
  if (outcome.outcome !== 'refused') await etagStore.put(fetched.etag);
  return outcome;
}
