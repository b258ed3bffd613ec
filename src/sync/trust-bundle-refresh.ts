// The kiosk side of the trust bundle: fetch the server's latest (conditionally, by ETag) and
// apply spec §4 with `openTrustBundle`. Only an accepted bundle replaces the held one; a
// refusal is recorded with its reason for the settings screen. Storage comes in as functions.
import {
  openTrustBundle,
  rootKeyFrom,
  type BundleOutcome,
  type Ed25519Verifier,
  type RootKey,
} from '../core';
import type { HeldBundle } from '../store/types';
import { send, type TransportDeps } from './http-transport';
import { API_PATHS } from './wire';

export interface HeldBundleAccess {
  getHeld(): Promise<HeldBundle | null>;
  putHeld(held: HeldBundle): Promise<void>;
  /** Keeps the last refusal even when no bundle is held yet. */
  recordRefusal(code: string, at: number): Promise<void>;
}

export interface OfferDeps {
  access: HeldBundleAccess;
  /** b64u raw root public keys pinned at set-up. */
  roots: readonly string[];
  verifier: Ed25519Verifier;
  now: () => number;
}

/** The pinned roots that parse as keys; a malformed one is left out rather than fatal. */
export function pinnedRootKeys(roots: readonly string[]): RootKey[] {
  return roots.map(rootKeyFrom).filter((r): r is RootKey => r !== null);
}

/** Applies spec §4 to an offered envelope against the pinned roots and the held seq. */
export async function offerTrustBundle(envelope: string, deps: OfferDeps): Promise<BundleOutcome> {
  const held = await deps.access.getHeld();
  const outcome = await openTrustBundle(
    envelope,
    pinnedRootKeys(deps.roots),
    held?.seq ?? null,
    deps.verifier,
  );
  if (outcome.outcome === 'accepted') {
    await deps.access.putHeld({
      envelope,
      seq: outcome.bundle.seq,
      receivedAt: deps.now(),
      lastRefusal: null,
    });
  } else if (outcome.outcome === 'refused') {
    await deps.access.recordRefusal(outcome.code, deps.now());
  }
  return outcome;
}

export type BundleFetch =
  | { kind: 'bundle'; envelope: string; etag: string | null }
  | { kind: 'not-modified' }
  | { kind: 'none' }
  | { kind: 'failed'; error: string };

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
  if (result.kind === 'network') return { kind: 'failed', error: `network: ${result.message}` };
  if (result.status === 304) return { kind: 'not-modified' };
  if (result.status === 404) return { kind: 'none' };
  if (result.status !== 200 || typeof result.body !== 'object' || result.body === null) {
    return { kind: 'failed', error: `bundle: HTTP ${result.status}` };
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
