// The trust bundle as the kiosk holds it, and how current it is.
import type { TrustBundle } from '../core/trust-bundle';

/** The trust bundle as held: the signed envelope (re-opened at start) and what we know of it. */
export interface HeldBundle {
  envelope: string;
  seq: number;
  receivedAt: number;
  /**
   * The root this bundle's signer took over from (docs/spec/root-rotation.md): unpinned on
   * accepting it, and again at every start, so a crash before the unpin is mended.
   */
  retiredRoot?: string;
  /** The last bundle offered and refused, with its reason, for the settings screen. */
  lastRefusal: { code: string; at: number } | null;
}

/** The held bundle, opened: what verdicts are made with. */
export interface HeldTrust {
  bundle: TrustBundle;
  held: HeldBundle;
}

/** `clock-behind`: the device clock is before the bundle was issued (spec §5: no admit, only review). */
export type BundleFreshness = 'fresh' | 'ageing' | 'stale' | 'missing' | 'clock-behind';
