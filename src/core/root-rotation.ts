// Root rotation (docs/spec/root-rotation.md): which roots a kiosk pins after accepting a
// bundle. A bundle signed by a pinned root may name the next root, which is pinned at once;
// the first bundle signed by that next root retires the root that named it (the handover).
// Pure: the kiosk stores the result, and the server applies the same rules to the roots it
// accepts bundles from.
import { encodeB64u } from './b64u';
import { rootKeyFrom, type TrustBundle } from './trust-bundle';

/** With this many roots pinned, an announced next root is not pinned (spec §3.5). */
export const MAX_PINNED_ROOTS = 8;

type Signed = Pick<TrustBundle, 'rootKid' | 'nextRoot'>;

/** The pinned keys' kids; a malformed entry has none and is kept as it is. */
const kidOfPinned = (key: string) => rootKeyFrom(key)?.kid ?? null;

/**
 * The handover: `accepted` is signed by the next root that `held` (signed by another root)
 * named. Returns the kid of the root it retires, or null.
 */
export function retiredByHandover(held: Signed | null, accepted: Signed): string | null {
  return held && held.rootKid !== accepted.rootKid && held.nextRoot?.kid === accepted.rootKid
    ? held.rootKid
    : null;
}

/**
 * The pinned roots (b64u raw public keys) once `accepted` is held: its next root added, and
 * `retired` (a kid, or null) removed. Returns `pinned` itself when nothing changes.
 */
export function rootsAfterBundle(
  pinned: readonly string[],
  accepted: Signed,
  retired: string | null,
): readonly string[] {
  let roots = pinned;
  const next = accepted.nextRoot;
  if (retired && roots.some((k) => kidOfPinned(k) === retired))
    roots = roots.filter((k) => kidOfPinned(k) !== retired);
  if (next && !roots.some((k) => kidOfPinned(k) === next.kid) && roots.length < MAX_PINNED_ROOTS)
    roots = [...roots, encodeB64u(next.publicKey)];
  return roots;
}
