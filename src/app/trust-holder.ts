// Holds the trust bundle: re-opens the stored envelope at start (so a tampered database
// cannot slip in a bundle), and applies spec §4 to every new one. Only an accepted bundle
// replaces the held one; a refusal is recorded for the settings screen.
import { signal, type ReadonlySignal } from '@preact/signals';
import {
  openTrustBundle,
  rootKeyFrom,
  type BundleOutcome,
  type Ed25519Verifier,
  type RootKey,
} from '../core';
import type { StorePort } from './ports';
import type { HeldTrust } from './services';

export interface TrustHolder {
  readonly trust: ReadonlySignal<HeldTrust | null>;
  load(roots: string[]): Promise<void>;
  offer(envelope: string, roots: string[], now: number): Promise<BundleOutcome>;
}

function rootKeys(roots: string[]): RootKey[] {
  return roots.map(rootKeyFrom).filter((r): r is RootKey => r !== null);
}

export function createTrustHolder(store: StorePort, verifier: Ed25519Verifier): TrustHolder {
  const trust = signal<HeldTrust | null>(null);
  return {
    trust,
    async load(roots) {
      const held = await store.getHeldBundle();
      if (!held) return;
      const opened = await openTrustBundle(held.envelope, rootKeys(roots), null, verifier);
      trust.value = opened.outcome === 'refused' ? null : { bundle: opened.bundle, held };
    },
    async offer(envelope, roots, now) {
      const heldSeq = trust.value?.bundle.seq ?? null;
      const outcome = await openTrustBundle(envelope, rootKeys(roots), heldSeq, verifier);
      if (outcome.outcome === 'accepted') {
        const held = { envelope, seq: outcome.bundle.seq, receivedAt: now, lastRefusal: null };
        await store.putHeldBundle(held);
        trust.value = { bundle: outcome.bundle, held };
      } else if (outcome.outcome === 'refused') {
        await store.recordBundleRefusal(outcome.code, now);
        if (trust.value)
          trust.value = {
            ...trust.value,
            held: { ...trust.value.held, lastRefusal: { code: outcome.code, at: now } },
          };
      }
      return outcome;
    },
  };
}
