// The owner's pages under /admin: the log over a date range, its CSV (streamed), today live,
// the devices (rename, revoke, enrollment codes), the audit log of their venues, and erasing
// one person's scans. Every one checks that the venue is the owner's (owner-scope.ts); every
// POST checks its origin and CSRF token.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ownsVenue } from '../accounts/roles';
import { readAudit } from '../privacy/audit-log';
import { countPersonEntries, erasePerson } from '../privacy/erasure';
import { personIdentifiers, type PersonQuery } from '../privacy/person-identifiers';
import { auditPage } from '../pages/audit-page';
import { devicesPage, enrollmentCodePage, revokeConfirmPage } from '../pages/devices-page';
import { entriesCsvChunks } from '../pages/entries-csv';
import { eraseConfirmPage, eraseFormPage } from '../pages/erase-pages';
import { messagePage } from '../pages/layout';
import { ownerLivePage } from '../pages/owner-live-page';
import { ownerPage } from '../pages/owner-page';
import { PERSON_FIELDS } from '../pages/person-form';
import { venueDeviceStatus } from '../store/device-status';
import { occupancyOf } from '../store/occupancy';
import { venueFigures } from '../store/venue-figures';
import { entryPages } from '../store/entries-report';
import { latestEntries, parseEntryCursor } from '../store/owner-report';
import { getDevice, listDevices, listVenues, renameDevice, revokeDevice } from '../store/venues';
import { vietnamDayOf, vietnamDayRange } from '../pages/vietnam-day';
import { field } from './form-body';
import { loadOwnerDay } from './owner-day';
import { accountWithRole, formAccepted } from './page-auth';
import { frameOf, refusal, sendHtml } from './page-frame';
import { dayRange, MAX_RANGE_DAYS, ownerScope } from './owner-scope';
import type { ServerContext } from './server-context';

const LIVE_ROWS = 20;

type VenueQuery = { venue?: string; from?: string; to?: string; before?: string };

export function personFrom(body: unknown): PersonQuery {
  const q: PersonQuery = {};
  for (const name of PERSON_FIELDS) {
    const value = field(body, name, 100).trim();
    if (value) q[name] = value;
  }
  return q;
}

export async function ownerRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { db } = ctx;

  app.get<{ Querystring: VenueQuery }>('/admin', async (request, reply) => {
    const scope = await ownerScope(request, reply, ctx, request.query.venue);
    if (!scope) return reply;
    const f = frameOf(request, reply, ctx);
    const range = dayRange(request.query, f.now);
    const { venue } = scope;
    if (!venue)
      return sendHtml(
        reply,
        ownerPage(f, {
          ...scope,
          ...range,
          occupancy: null,
          totals: null,
          hours: [],
          devices: [],
          status: new Map(),
          byDevice: [],
          entries: [],
          paging: { first: true, next: null },
          retentionDays: 0,
          hook: null,
        }),
      );
    const before = parseEntryCursor(request.query.before);
    const day = await loadOwnerDay(db, venue.id, range, f.now, before);
    return sendHtml(
      reply,
      ownerPage(f, {
        ...scope,
        ...range,
        ...(range.tooLong ? { problem: f.w.owner.rangeTooLong(MAX_RANGE_DAYS) } : {}),
        occupancy: day.occupancy,
        totals: day.figures.totals,
        hours: day.figures.hours,
        devices: day.devices,
        status: day.status,
        byDevice: day.figures.byDevice,
        entries: day.page.entries,
        paging: { first: before === null, next: day.page.next },
        retentionDays: Math.min(venue.retentionDays, day.maxRetentionDays),
        hook: day.hook,
      }),
    );
  });

  // Streamed page by page (a keyset cursor): a month of a busy venue never sits in memory.
  app.get<{ Querystring: VenueQuery }>('/admin/export.csv', async (request, reply) => {
    const scope = await ownerScope(request, reply, ctx, request.query.venue);
    if (!scope) return reply;
    if (!scope.venue) return refusal(request, reply, ctx)(404);
    const range = dayRange(request.query, ctx.now());
    const venueId = scope.venue.id;
    const pages = entryPages(db, venueId, range.start, range.end);
    const name = range.from === range.to ? range.from : `${range.from}_${range.to}`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="checkins-${name}.csv"`)
      .send(Readable.from(entriesCsvChunks(pages), { highWaterMark: 2 }));
  });

  app.get<{ Querystring: VenueQuery }>('/admin/live', async (request, reply) => {
    const scope = await ownerScope(request, reply, ctx, request.query.venue);
    if (!scope) return reply;
    const f = frameOf(request, reply, ctx);
    const { venue } = scope;
    if (!venue) return sendHtml(reply, messagePage(f, f.w.live.title, f.w.owner.noVenue));
    const today = vietnamDayRange(vietnamDayOf(f.now))!;
    const [{ totals, byDevice }, devices, status, { entries: latest }] = await Promise.all([
      venueFigures(db, venue.id, today.from, today.to),
      listDevices(db, venue.id),
      venueDeviceStatus(db, venue.id),
      latestEntries(db, venue.id, today.from, today.to, LIVE_ROWS),
    ]);
    return sendHtml(
      reply,
      ownerLivePage(f, {
        venues: scope.venues,
        venue,
        occupancy: occupancyOf(totals, today.from),
        totals,
        devices,
        status,
        byDevice,
        latest,
      }),
    );
  });

  app.get<{ Querystring: VenueQuery }>('/admin/devices', async (request, reply) => {
    const scope = await ownerScope(request, reply, ctx, request.query.venue);
    if (!scope) return reply;
    const f = frameOf(request, reply, ctx);
    if (!scope.venue) return sendHtml(reply, messagePage(f, f.w.devices.title, f.w.owner.noVenue));
    const [devices, status] = await Promise.all([
      listDevices(db, scope.venue.id),
      venueDeviceStatus(db, scope.venue.id),
    ]);
    return sendHtml(
      reply,
      devicesPage(f, { venues: scope.venues, venue: scope.venue, devices, status }),
    );
  });

  /** The device, if it belongs to one of the signed-in owner's venues (403 otherwise). */
  async function ownedDevice(
    request: Parameters<typeof refusal>[0],
    reply: Parameters<typeof refusal>[1],
    deviceId: string,
  ) {
    const refuse = refusal(request, reply, ctx);
    const account = accountWithRole(request, reply, ['owner'], refuse);
    if (!account) return null;
    if (request.method === 'POST' && !formAccepted(request, ctx)) {
      refuse(403, 'form');
      return null;
    }
    const device = /^[0-9a-f-]{36}$/.test(deviceId) ? await getDevice(db, deviceId) : null;
    if (!device || !ownsVenue(account, device.venueId)) {
      refuse(403);
      return null;
    }
    return device;
  }

  app.post<{ Params: { id: string } }>('/admin/devices/:id/rename', async (request, reply) => {
    const device = await ownedDevice(request, reply, request.params.id);
    if (!device) return reply;
    const label = field(request.body, 'label', 80)
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim();
    await renameDevice(db, device.id, label);
    return reply.redirect(`/admin/devices?venue=${device.venueId}`, 303);
  });

  app.get<{ Params: { id: string } }>('/admin/devices/:id/revoke', async (request, reply) => {
    const device = await ownedDevice(request, reply, request.params.id);
    if (!device) return reply;
    return sendHtml(reply, revokeConfirmPage(frameOf(request, reply, ctx), device));
  });

  app.post<{ Params: { id: string } }>('/admin/devices/:id/revoke', async (request, reply) => {
    const device = await ownedDevice(request, reply, request.params.id);
    if (!device) return reply;
    await revokeDevice(db, device.id, ctx.now());
    return reply.redirect(`/admin/devices?venue=${device.venueId}`, 303);
  });

  app.post<{ Params: { venue: string } }>('/admin/venues/:venue/codes', async (request, reply) => {
    const scope = await ownerScope(request, reply, ctx, request.params.venue);
    if (!scope) return reply;
    if (!formAccepted(request, ctx)) return refusal(request, reply, ctx)(403, 'form');
    const ticket = await ctx.ops.newEnrollmentCode(request.params.venue);
    return sendHtml(reply, await enrollmentCodePage(frameOf(request, reply, ctx), ticket));
  });

  app.get('/admin/audit', async (request, reply) => {
    const account = accountWithRole(request, reply, ['owner'], refusal(request, reply, ctx));
    if (!account) return reply;
    const [rows, venues] = await Promise.all([
      readAudit(db, { venueIds: account.venueIds }),
      listVenues(db, account.venueIds),
    ]);
    const names = new Map(venues.map((v) => [v.id, v.name]));
    return sendHtml(reply, auditPage(frameOf(request, reply, ctx), rows, names));
  });

  app.get('/admin/erase', async (request, reply) => {
    const account = accountWithRole(request, reply, ['owner'], refusal(request, reply, ctx));
    if (!account) return reply;
    return sendHtml(reply, eraseFormPage(frameOf(request, reply, ctx), '/admin/erase', {}));
  });

  app.post<{ Querystring: { confirm?: string } }>('/admin/erase', async (request, reply) => {
    const refuse = refusal(request, reply, ctx);
    const account = accountWithRole(request, reply, ['owner'], refuse);
    if (!account) return reply;
    if (!formAccepted(request, ctx)) return refuse(403, 'form');
    const f = frameOf(request, reply, ctx);
    const q = personFrom(request.body);
    const person = personIdentifiers(q);
    if (!person.ok)
      return sendHtml(
        reply,
        eraseFormPage(f, '/admin/erase', q, f.w.person.problems[person.problem]),
        400,
      );
    if (request.query.confirm !== '1') {
      const found = await countPersonEntries(db, person.value.passIds, account.venueIds);
      return sendHtml(reply, eraseConfirmPage(f, '/admin/erase?confirm=1', q, found));
    }
    const done = await erasePerson(db, account, person.value, account.venueIds, ctx.now());
    return sendHtml(reply, messagePage(f, f.w.erase.title, f.w.erase.done(done.erased)));
  });
}
