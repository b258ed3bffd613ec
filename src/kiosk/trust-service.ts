// Holds the trust bundle: re-opens the stored envelope at start (so a tampered database
// cannot slip in a bundle), and applies spec §4 to every new one (trust-offer.ts). Only an
// accepted bundle replaces the held one; a refusal is recorded for the settings screen, the
// status bar and the status report (until a bundle is taken again).
// Root rotation (docs/spec/root-rotation.md): the next root a bundle names is pinned, and the
// root it succeeds unpinned, with no hand step. The pins are written after the bundle, and
// made again from the held bundle at start and on a `same` offer, so a crash in between
// leaves nothing that the next start or sync does not mend.
import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import {
  openTrustBundle,
  rootsAfterBundle,
  type BundleOutcome,
  type Ed25519Verifier,
  type TrustBundle,
} from '../core';
import type { BundleFreshness, HeldBundle, HeldTrust, Store } from '../model';
import { bundleFreshness } from './bundle-freshness';
import { offerTrustBundle, pinnedRootKeys } from './trust-offer';

export interface TrustService {
  readonly held: ReadonlySignal<HeldTrust | null>;
  readonly freshness: ReadonlySignal<BundleFreshness>;
  /** The last bundle offered and refused, null once one is taken (also when none is held). */
  readonly lastRefusal: ReadonlySignal<HeldBundle['lastRefusal']>;
  /** Spec §4 against `roots` (by default the pinned ones); only an accepted bundle is kept. */
  offer(envelope: string, roots?: readonly string[]): Promise<BundleOutcome>;
  /** Re-opens the stored bundle against the pinned roots. */
  start(): Promise<void>;
}

export interface TrustServiceDeps {
  store: Pick<Store, 'getHeldBundle' | 'putHeldBundle' | 'recordBundleRefusal'>;
  verifier: Ed25519Verifier;
  /** settings.pinnedRoots */
  pinnedRoots(): readonly string[];
  /** Stores settings.pinnedRoots; a rejection leaves the bundle to be offered again. */
  pinRoots(roots: readonly string[]): Promise<void>;
  now: () => number;
  /** The screens' clock, which moves freshness on. */
  clock: ReadonlySignal<number>;
}

export function createTrustService(deps: TrustServiceDeps): TrustService {
  const { store, verifier } = deps;
  const held = signal<HeldTrust | null>(null);
  const lastRefusal = signal<HeldBundle['lastRefusal']>(null);
  const freshness = computed(() => bundleFreshness(held.value?.bundle ?? null, deps.clock.value));

  /** Pins the next root `bundle` names and unpins the one it retired, if that changes anything. */
  async function rotateRoots(
    roots: readonly string[],
    bundle: TrustBundle,
    retired: string | null,
  ): Promise<void> {
    const next = rootsAfterBundle(roots, bundle, retired);
    if (next !== roots) await deps.pinRoots(next);
  }

  async function offer(envelope: string, roots = deps.pinnedRoots()): Promise<BundleOutcome> {
    // The seq to beat is the verified bundle's, not whatever the database row says.
    const verified = held.value;
    const saved: { held?: HeldBundle } = {};
    const at = deps.now();
    const outcome = await offerTrustBundle(envelope, {
      access: {
        getHeld: async () => verified && { ...verified.held, seq: verified.bundle.seq },
        putHeld: async (next) => {
          await store.putHeldBundle(next);
          saved.held = next;
        },
        recordRefusal: (code, when) => store.recordBundleRefusal(code, when),
      },
      roots,
      verifier,
      now: () => at,
      heldBundle: verified?.bundle ?? null,
    });
    // `same`: the pins of a crash between storing the bundle and pinning are made now.
    if (outcome.outcome === 'accepted')
      await rotateRoots(roots, outcome.bundle, saved.held?.retiredRoot ?? null);
    else if (outcome.outcome === 'same')
      await rotateRoots(roots, outcome.bundle, verified?.held.retiredRoot ?? null);
    if (outcome.outcome === 'accepted' && saved.held) {
      held.value = { bundle: outcome.bundle, held: saved.held };
      lastRefusal.value = null;
    } else if (outcome.outcome === 'refused') {
      lastRefusal.value = { code: outcome.code, at };
      if (held.value)
        held.value = {
          ...held.value,
          held: { ...held.value.held, lastRefusal: lastRefusal.value },
        };
    }
    return outcome;
  }

  return {
    held,
    freshness,
    lastRefusal,
    offer,
    async start() {
      const stored = await store.getHeldBundle();
      if (!stored) return;
      lastRefusal.value = stored.lastRefusal;
      const opened = await openTrustBundle(
        stored.envelope,
        pinnedRootKeys(deps.pinnedRoots()),
        null,
        verifier,
      );
      if (opened.outcome === 'refused') {
        held.value = null;
        return;
      }
      held.value = { bundle: opened.bundle, held: stored };
      // A failed write is tried again at the next start.
      await rotateRoots(deps.pinnedRoots(), opened.bundle, stored.retiredRoot ?? null).catch(
        () => undefined,
      );
    },
  };
}
