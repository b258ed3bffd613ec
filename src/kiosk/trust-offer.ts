// Spec §4 as the kiosk applies it to an offered trust bundle (from the server, a file, or the
// setup wizard): open it against the pinned roots and the held seq; only an accepted bundle
// replaces the held one, and a refusal is recorded with its reason for the settings screen.
import {
  openTrustBundle,
  rootKeyFrom,
  type BundleOutcome,
  retiredByHandover,
  type Ed25519Verifier,
  type RootKey,
  type TrustBundle,
} from '../core';
import type { HeldBundle } from '../model';

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
  /** The held bundle, opened: the next root it names signs bundles only from its validFrom. */
  heldBundle?: Pick<TrustBundle, 'rootKid' | 'nextRoot'> | null;
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
    deps.heldBundle?.nextRoot ?? null,
  );
  if (outcome.outcome === 'accepted') {
    const retiredRoot = retiredByHandover(deps.heldBundle ?? null, outcome.bundle);
    await deps.access.putHeld({
      envelope,
      seq: outcome.bundle.seq,
      receivedAt: deps.now(),
      ...(retiredRoot ? { retiredRoot } : {}),
      lastRefusal: null,
    });
  } else if (outcome.outcome === 'refused') {
    await deps.access.recordRefusal(outcome.code, deps.now());
  }
  return outcome;
}
