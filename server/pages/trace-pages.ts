// The authority's tracing pages: the form (identifiers, a window of days, ±hours), the
// result (the person's visits, then everyone at the same venue around each visit, masked),
// and its CSV. The identifiers go by POST only, carried to the CSV in hidden fields.
import type { PersonQuery } from '../privacy/person-identifiers';
import type { TracedEntry, TraceResult } from '../privacy/tracing';
import { cell } from './entries-csv';
import { html } from './html';
import { csrfInput, layout, type Frame } from './layout';
import { entriesTable } from './parts';
import { personFields, personHidden } from './person-form';
import { vietnamIso } from './vietnam-day';

export interface TraceForm extends PersonQuery {
  from: string;
  to: string;
  hours: number;
}

function windowFields(f: Frame, q: TraceForm) {
  const w = f.w.trace;
  return html`<fieldset class="picker">
    <legend>${w.window}</legend>
    <label>${f.w.from} <input type="date" name="from" value="${q.from}" required /></label>
    <label>${f.w.to} <input type="date" name="to" value="${q.to}" required /></label>
    <label
      >${w.hours} <input type="number" name="hours" min="0" max="72" value="${q.hours}" required
    /></label>
  </fieldset>`;
}

export function traceFormPage(f: Frame, q: TraceForm, problem?: string): string {
  const w = f.w.trace;
  return layout(f, {
    title: w.title,
    body: html`<p>${w.intro}</p>
      ${problem ? html`<p class="problem" role="alert">${problem}</p>` : ''}
      <form method="post" action="/authority/trace" class="stack">
        ${csrfInput(f)} ${personFields(f, q)} ${windowFields(f, q)}
        <button type="submit">${w.submit}</button>
      </form>`,
  });
}

/** Minutes from each contact to the nearest visit of the person at that venue. */
function nearestMinutes(visits: readonly TracedEntry[]) {
  return (e: { venueId?: string; at: number }) => {
    const gaps = visits.filter((v) => v.venueId === e.venueId).map((v) => Math.abs(v.at - e.at));
    return gaps.length ? Math.round(Math.min(...gaps) / 60_000) : 0;
  };
}

export function traceResultPage(f: Frame, q: TraceForm, r: TraceResult): string {
  const w = f.w.trace;
  const minutes = nearestMinutes(r.visits);
  return layout(f, {
    title: w.title,
    body: html`<p class="notice" role="status">${w.audited}</p>
      ${r.truncated ? html`<p class="problem">${w.truncated(r.visits.length + r.contacts.length)}</p>` : ''}
      <form method="post" action="/authority/trace.csv" class="inline">
        ${csrfInput(f)} ${personHidden(q)}
        <input type="hidden" name="from" value="${q.from}" />
        <input type="hidden" name="to" value="${q.to}" />
        <input type="hidden" name="hours" value="${q.hours}" />
        <button type="submit">${w.csv}</button>
      </form>
      <a class="button" href="/authority">${w.submit}…</a>
      <h2>${w.visits}</h2>
      ${r.visits.length ? entriesTable(f, r.visits, { venue: true }) : html`<p>${w.noVisits}</p>`}
      ${
        r.visits.length
          ? html`<h2>${w.contacts(q.hours)}</h2>
              <p>${w.people(r.contacts.length, r.people)}</p>
              ${
                r.contacts.length
                  ? entriesTable(f, r.contacts, {
                      venue: true,
                      extra: [w.nearest, (e) => w.minutes(minutes(e as TracedEntry))],
                    })
                  : html`<p>${w.noContacts}</p>`
              }`
          : ''
      }`,
  });
}

const TRACE_HEADER = [
  'kind',
  'venue',
  'time',
  'device',
  'direction',
  'verdict',
  'decision',
  'color',
  'masked_name',
  'birth_year',
  'masked_id',
  'minutes_from_visit',
];

export function traceCsv(r: TraceResult): string {
  const minutes = nearestMinutes(r.visits);
  const line = (kind: string, e: TracedEntry) =>
    [
      kind,
      e.venueName,
      vietnamIso(e.at),
      e.deviceLabel || e.deviceId,
      e.direction,
      e.verdict,
      e.decision,
      e.color,
      e.maskedName,
      e.birthYear,
      e.maskedId,
      kind === 'visit' ? 0 : minutes(e),
    ]
      .map(cell)
      .join(',');
  return (
    '\uFEFF' + // Excel reads UTF-8 (Vietnamese) only after a byte-order mark
    [
      TRACE_HEADER.join(','),
      ...r.visits.map((e) => line('visit', e)),
      ...r.contacts.map((e) => line('contact', e)),
    ].join('\r\n') +
    '\r\n'
  );
}
