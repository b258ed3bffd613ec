// What every owner page checks first: an owner is signed in, and the venue asked for is one
// of theirs (403 otherwise, also for venues that exist); with no venue asked, their first.
// And the date range of the page (Vietnam days, at most MAX_RANGE_DAYS).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ownsVenue, type Account } from '../accounts/roles';
import { vietnamDayOf, vietnamDayRange } from '../pages/vietnam-day';
import { listVenues, type VenueSummary } from '../store/venues';
import { accountWithRole } from './page-auth';
import { refusal } from './page-frame';
import type { ServerContext } from './server-context';

export const MAX_RANGE_DAYS = 62;

export interface OwnerScope {
  account: Account;
  venues: VenueSummary[];
  venue: VenueSummary | null;
}

export async function ownerScope(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: ServerContext,
  venueId: string | undefined,
): Promise<OwnerScope | null> {
  const refuse = refusal(request, reply, ctx);
  const account = accountWithRole(request, reply, ['owner'], refuse);
  if (!account) return null;
  if (venueId && !ownsVenue(account, venueId)) {
    refuse(403);
    return null;
  }
  const venues = await listVenues(ctx.db, account.venueIds);
  const venue = venueId ? (venues.find((v) => v.id === venueId) ?? null) : (venues[0] ?? null);
  if (venueId && !venue) {
    refuse(404);
    return null;
  }
  return { account, venues, venue };
}

export interface DayRange {
  from: string;
  to: string;
  start: number;
  end: number;
  tooLong: boolean;
}

/** `from`..`to` inclusive (Vietnam days); today when absent or not a date; swapped if reversed. */
export function dayRange(query: { from?: string; to?: string }, now: number): DayRange {
  const today = vietnamDayOf(now);
  let from = query.from && vietnamDayRange(query.from) ? query.from : today;
  let to = query.to && vietnamDayRange(query.to) ? query.to : from;
  if (to < from) [from, to] = [to, from];
  let start = vietnamDayRange(from)!.from;
  const end = vietnamDayRange(to)!.to;
  const tooLong = end - start > MAX_RANGE_DAYS * 86_400_000;
  if (tooLong) {
    start = end - MAX_RANGE_DAYS * 86_400_000;
    from = vietnamDayOf(start);
  }
  return { from, to, start, end, tooLong };
}
