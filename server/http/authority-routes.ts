// The health authority's pages: the tracing form, its result and CSV (POST only: the
// identifiers never travel in a URL), and its own queries in the audit log. Nothing else is
// open to this role. Each result and each CSV is one audited query.
import type { FastifyInstance } from 'fastify';
import { readAudit } from '../privacy/audit-log';
import { personIdentifiers } from '../privacy/person-identifiers';
import { MAX_TRACE_HOURS, traceContacts } from '../privacy/tracing';
import { auditPage } from '../pages/audit-page';
import { traceCsv, traceFormPage, traceResultPage, type TraceForm } from '../pages/trace-pages';
import { vietnamDayOf, vietnamDayRange } from '../pages/vietnam-day';
import { listVenues } from '../store/venues';
import { field } from './form-body';
import { personFrom } from './owner-routes';
import { accountWithRole, formAccepted } from './page-auth';
import { frameOf, refusal, sendHtml } from './page-frame';
import type { ServerContext } from './server-context';

const MAX_WINDOW_DAYS = 60;
const DEFAULT_HOURS = 2;

function traceForm(body: unknown, now: number): TraceForm {
  const today = vietnamDayOf(now);
  const hours = Number(field(body, 'hours', 4));
  return {
    ...personFrom(body),
    from: field(body, 'from', 10) || vietnamDayOf(now - 14 * 86_400_000),
    to: field(body, 'to', 10) || today,
    hours: Number.isSafeInteger(hours)
      ? Math.min(Math.max(hours, 0), MAX_TRACE_HOURS)
      : DEFAULT_HOURS,
  };
}

/** [start, end) of the window, or null when it is not two dates at most 60 days apart. */
function windowOf(q: TraceForm): { from: number; to: number } | null {
  const from = vietnamDayRange(q.from);
  const to = vietnamDayRange(q.to);
  if (!from || !to || to.to <= from.from) return null;
  return to.to - from.from > MAX_WINDOW_DAYS * 86_400_000 ? null : { from: from.from, to: to.to };
}

export async function authorityRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get('/authority', async (request, reply) => {
    const account = accountWithRole(request, reply, ['authority'], refusal(request, reply, ctx));
    if (!account) return reply;
    const f = frameOf(request, reply, ctx);
    return sendHtml(reply, traceFormPage(f, { ...traceForm({}, f.now), hours: DEFAULT_HOURS }));
  });

  for (const path of ['/authority/trace', '/authority/trace.csv'] as const) {
    app.post(path, async (request, reply) => {
      const refuse = refusal(request, reply, ctx);
      const account = accountWithRole(request, reply, ['authority'], refuse);
      if (!account) return reply;
      if (!formAccepted(request, ctx)) return refuse(403, 'form');
      const f = frameOf(request, reply, ctx);
      const q = traceForm(request.body, f.now);
      const person = personIdentifiers(q);
      if (!person.ok)
        return sendHtml(reply, traceFormPage(f, q, f.w.person.problems[person.problem]), 400);
      const window = windowOf(q);
      if (!window) return sendHtml(reply, traceFormPage(f, q, f.w.trace.windowInvalid), 400);
      const csv = path.endsWith('.csv');
      const result = await traceContacts(
        ctx.db,
        account,
        { ...person.value, ...window, hours: q.hours },
        { now: f.now, action: csv ? 'trace.csv' : 'trace' },
      );
      if (!csv) return sendHtml(reply, traceResultPage(f, q, result));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="tracing-${q.from}_${q.to}.csv"`)
        .send(traceCsv(result));
    });
  }

  app.get('/authority/audit', async (request, reply) => {
    const account = accountWithRole(request, reply, ['authority'], refusal(request, reply, ctx));
    if (!account) return reply;
    const [rows, venues] = await Promise.all([
      readAudit(ctx.db, { actorId: account.id }),
      listVenues(ctx.db),
    ]);
    const names = new Map(venues.map((v) => [v.id, v.name]));
    return sendHtml(reply, auditPage(frameOf(request, reply, ctx), rows, names));
  });
}
