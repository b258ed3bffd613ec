// The owner page (/admin), its CSV export and its login link. The link printed at start,
// /admin/login?token=…, swaps the token for an HttpOnly SameSite=Strict cookie and redirects,
// so the token leaves the address bar at once. A bearer token works too (curl, scripts).
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ADMIN_COOKIE,
  bearerToken,
  cookieValue,
  sameSecret,
  sessionValue,
} from '../auth/admin-auth';
import { entryPages, listEntries, rangeTotalsByDevice } from '../store/entries-report';
import { listDevices, listVenueNames } from '../store/venues';
import { entriesCsvChunks } from '../pages/entries-csv';
import { ownerLoginNeeded, ownerPage } from '../pages/owner-page';
import { vietnamDayOf, vietnamDayRange } from '../pages/vietnam-day';
import { PAGE_CSP } from './security-headers';
import { securityEvent } from './security-log';
import { headerText, type ServerContext } from './server-context';

export const PAGES_CSS = readFileSync(new URL('../pages/pages.css', import.meta.url), 'utf8');
const PAGE_ROWS = 2000;
const SESSION_SECONDS = 12 * 60 * 60;

type Query = { venue?: string; day?: string; token?: string };

export async function ownerRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const session = sessionValue(ctx.adminToken);
  const signedIn = (request: FastifyRequest) =>
    sameSecret(cookieValue(headerText(request.headers.cookie), ADMIN_COOKIE), session) ||
    sameSecret(bearerToken(headerText(request.headers.authorization)), ctx.adminToken);

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', PAGE_CSP);
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.get('/admin/pages.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(PAGES_CSS),
  );

  app.get<{ Querystring: Query }>('/admin/login', async (request, reply) => {
    if (!sameSecret(request.query.token, ctx.adminToken)) {
      ctx.security(securityEvent(request, 'ADMIN_TOKEN_INVALID'));
      return reply.code(401).type('text/html; charset=utf-8').send(ownerLoginNeeded());
    }
    const secure = request.protocol === 'https' ? '; Secure' : '';
    reply.header(
      'set-cookie',
      `${ADMIN_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/admin; Max-Age=${SESSION_SECONDS}${secure}`,
    );
    return reply.redirect('/admin', 303);
  });

  /** The venue and day asked for, or the first venue and today (Vietnam time). */
  async function selection(query: Query) {
    const venues = await listVenueNames(ctx.db);
    const venueId = venues.find((v) => v.id === query.venue)?.id ?? venues[0]?.id ?? null;
    const day = query.day && vietnamDayRange(query.day) ? query.day : vietnamDayOf(ctx.now());
    return { venues, venueId, day, range: vietnamDayRange(day)! };
  }

  app.get<{ Querystring: Query }>('/admin', async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    if (!signedIn(request)) return reply.code(401).send(ownerLoginNeeded());
    const { venues, venueId, day, range } = await selection(request.query);
    const empty = { totals: null, devices: [], byDevice: [], entries: [], truncated: false };
    if (!venueId) return ownerPage({ venues, venueId, day, ...empty });
    const [{ totals, byDevice }, devices, entries] = await Promise.all([
      rangeTotalsByDevice(ctx.db, venueId, range.from, range.to),
      listDevices(ctx.db, venueId),
      listEntries(ctx.db, venueId, range.from, range.to, PAGE_ROWS + 1),
    ]);
    const truncated = entries.length > PAGE_ROWS;
    return ownerPage({
      venues,
      venueId,
      day,
      totals,
      devices,
      byDevice,
      entries: entries.slice(0, PAGE_ROWS),
      truncated,
    });
  });

  app.get<{ Querystring: Query }>('/admin/export.csv', async (request, reply) => {
    if (!signedIn(request))
      return reply.code(401).type('text/html; charset=utf-8').send(ownerLoginNeeded());
    const { venueId, day, range } = await selection(request.query);
    // Streamed a page at a time, pulled only as fast as the client reads (entryPages).
    const pages = venueId ? entryPages(ctx.db, venueId, range.from, range.to) : [];
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="checkins-${day}.csv"`)
      .send(Readable.from(entriesCsvChunks(pages), { highWaterMark: 2 }));
  });
}
