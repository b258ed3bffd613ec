// One person's pseudonyms at every venue: each raw pass identity keyed with each venue's
// secret (src/core/pseudonym.ts), as (venue, pseudonym) pairs for a set-based look-up. With
// thousands of venues this is thousands of HMACs: milliseconds.
import { passPseudonym } from '../../src/core';
import type { Queryable } from '../db/database';
import { allVenueSecrets } from './venue-secrets';

export interface PseudonymPairs {
  venueIds: string[];
  passIds: string[];
}

export async function personPseudonyms(
  db: Queryable,
  rawPassIds: readonly string[],
  venueScope: readonly string[] | null,
): Promise<PseudonymPairs> {
  const pairs: PseudonymPairs = { venueIds: [], passIds: [] };
  for (const { venueId, secret } of await allVenueSecrets(db, venueScope)) {
    for (const raw of rawPassIds) {
      pairs.venueIds.push(venueId);
      pairs.passIds.push(passPseudonym(secret, raw));
    }
  }
  return pairs;
}

/** The SQL join that keeps entries of those pairs (alias `e`; parameters $1 and $2). */
export const PAIRS_JOIN = `JOIN unnest($1::text[], $2::text[]) AS p(venue_id, pass_id)
  ON e.pass_id = p.pass_id AND e.venue_id = p.venue_id`;
