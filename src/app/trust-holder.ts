// Holds the trust bundle: re-opens the stored envelope at start (so a tampered database
// cannot slip in a bundle), and applies spec §4 to every new one. Only an accepted bundle
// replaces the held one; a refusal is recorded for the settings screen.
import { signal, type ReadonlySignal } from '@preact/signals';
import { openTrustBundle, type BundleOutcome, type Ed25519Verifier } from '../core';
import type { HeldBundle } from '../store/types';
import { offerTrustBundle, pinnedRootKeys } from '../sync/trust-bundle-refresh';
import type { StorePort } from './ports';
import type { HeldTrust } from './services';

export interface TrustHolder {
  readonly trust: ReadonlySignal<HeldTrust | null>;
  load(roots: string[]): Promise<void>;
  offer(envelope: string, roots: string[], now: number): Promise<BundleOutcome>;
}

export function createTrustHolder(store: StorePort, verifier: Ed25519Verifier): TrustHolder {
  const trust = signal<HeldTrust | null>(null);
  return {
    trust,
    async load(roots) {
      const held = await store.getHeldBundle();
      if (!held) return;
      const opened = await openTrustBundle(held.envelope, pinnedRootKeys(roots), null, verifier);
      trust.value = opened.outcome === 'refused' ? null : { bundle: opened.bundle, held };
    },
    async offer(envelope, roots, now) {
      // The seq to beat is the verified bundle's, not whatever the database row says.
      const verified = trust.value;
      const saved: { held?: HeldBundle } = {};
      const outcome = await offerTrustBundle(envelope, {
        access: {
          getHeld: async () => verified && { ...verified.held, seq: verified.bundle.seq },
          putHeld: async (held) => {
            await store.putHeldBundle(held);
            saved.held = held;
          },
          recordRefusal: (code, at) => store.recordBundleRefusal(code, at),
        },
        roots,
        verifier,
        now: () => now,
      });
      if (outcome.outcome === 'accepted' && saved.held) {
        trust.value = { bundle: outcome.bundle, held: saved.held };
      } else if (outcome.outcome === 'refused' && trust.value) {
        const lastRefusal = { code: outcome.code, at: now };
        trust.value = { ...trust.value, held: { ...trust.value.held, lastRefusal } };
      }
      return outcome;
    },
  };
}
