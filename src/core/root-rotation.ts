// Root rotation (docs/spec/root-rotation.md): which roots a kiosk pins after accepting a
// bundle. A bundle signed by a pinned root may name the next root, which is pinned at once;
// the first bundle signed by that next root retires the root that named it. Pure: the kiosk
// stores the result, the server applies the same rule to the roots it accepts bundles from.
import { encodeB64u } from './b64u';
import { rootKeyFrom, type TrustBundle } from './trust-bundle';

/** More pinned roots than this and an announced next root is not pinned (spec §3.4). */
export const MAX_PINNED_ROOTS = 8;

/** The pinned keys' kids; a malformed entry has none and is kept as it is. */
const kidOfPinned = (key: string) => rootKeyFrom(key)?.kid ?? null;

/**
 * The pinned roots (b64u raw public keys) after `accepted` replaced `held` (null on a new
 * kiosk, or on re-opening the held bundle). Returns the same array when nothing changes.
 */
export function rootsAfterBundle(
  pinned: readonly string[],
  held: Pick<TrustBundle, 'rootKid' | 'nextRoot'> | null,
  accepted: Pick<TrustBundle, 'rootKid' | 'nextRoot'>,
): readonly string[] {
  let roots = pinned;
  const next = accepted.nextRoot;
  if (next && !roots.some((k) => kidOfPinned(k) === next.kid) && roots.length < MAX_PINNED_ROOTS)
    roots = [...roots, encodeB64u(next.publicKey)];
  // The handover: the first bundle signed by the announced root retires the root that named it.
  if (held && held.rootKid !== accepted.rootKid && held.nextRoot?.kid === accepted.rootKid)
    roots = roots.filter((k) => kidOfPinned(k) !== held.rootKid);
  return roots;
}
