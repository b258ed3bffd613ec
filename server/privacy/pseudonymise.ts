// Raw pass identities never reach the entries table. A kiosk that pseudonymises sends `p1:…`
// (kept as it is); an older kiosk still sends `qid:…`, `cccd:…`, `manual:…` or `dcc:…`, which
// the server keys with the venue's secret before storing, exactly as the kiosk would have.
import { isPassPseudonym, passPseudonym } from '../../src/core';
import type { WireEntry } from '../../src/sync/wire';

/** The stored form of a passId: null stays null, a pseudonym stays, anything else is keyed. */
export function storedPassId(secret: Uint8Array, passId: string | null): string | null {
  if (passId === null) return null;
  return isPassPseudonym(passId) ? passId : passPseudonym(secret, passId);
}

export function pseudonymiseEntries(
  secret: Uint8Array,
  entries: readonly WireEntry[],
): WireEntry[] {
  return entries.map((e) => {
    const passId = storedPassId(secret, e.passId);
    return passId === e.passId ? e : { ...e, passId };
  });
}
