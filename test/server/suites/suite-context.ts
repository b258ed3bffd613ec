// What each server suite gets: the backend, the running server, the security events it
// logged, and a quick way to a venue with an enrolled device.
import type { SecurityEvent } from '../../../server/http/security-log';
import type { ServerHandle } from '../../../server/start-server';
import type { Backend } from '../support/backends';
import { enrollTestDevice, type TestDevice } from '../support/signed-client';

export interface SuiteContext {
  backend: Backend;
  server(): ServerHandle;
  events: SecurityEvent[];
}

let venues = 0;

export async function venueWithDevice(
  ctx: SuiteContext,
  name = `Venue ${++venues}`,
): Promise<TestDevice> {
  const { enrollment } = await ctx.server().ops.createVenue(name);
  return enrollTestDevice(ctx.server().url, enrollment.code);
}

export async function entryCount(
  ctx: SuiteContext,
  where = 'true',
  params: unknown[] = [],
): Promise<number> {
  const [row] = await ctx
    .server()
    .db.query<{ n: number }>(`SELECT count(*) AS n FROM entries WHERE ${where}`, params);
  return row!.n;
}

export function eventsOf(ctx: SuiteContext, kind: string): SecurityEvent[] {
  return ctx.events.filter((e) => e.kind === kind);
}
