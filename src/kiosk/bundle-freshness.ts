// How current the held trust bundle is, for the status bar: fresh, ageing (renew soon), stale
// (expired: spec §5 turns admits into the stale-bundle policy), or missing.
import type { TrustBundle } from '../core';
import type { BundleFreshness } from '../model';

/** Ageing once less than this share of the bundle's life is left. */
const AGEING_SHARE = 0.3;

export function bundleFreshness(bundle: TrustBundle | null, now: number): BundleFreshness {
  if (!bundle) return 'missing';
  if (now >= bundle.expiresAt) return 'stale';
  if (now < bundle.issuedAt) return 'clock-behind';
  const life = bundle.expiresAt - bundle.issuedAt;
  const left = bundle.expiresAt - now;
  return left < life * AGEING_SHARE ? 'ageing' : 'fresh';
}

/** Age of the bundle in whole hours since it was issued (never negative). */
export function bundleAgeHours(bundle: TrustBundle, now: number): number {
  return Math.max(0, Math.floor((now - bundle.issuedAt) / 3_600_000));
}
