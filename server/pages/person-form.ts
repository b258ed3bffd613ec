// The identifier fields of one person (CCCD / Căn cước number, QID, another ID number, a DCC
// holder's names and birth date), shared by the tracing and erasure forms. Posted, never put
// in a URL; carried to the next step in hidden fields of a POST form.
import type { PersonQuery } from '../privacy/person-identifiers';
import { html, type Html } from './html';
import type { Frame } from './layout';

export const PERSON_FIELDS = [
  'cccd',
  'qid',
  'otherId',
  'dccFamily',
  'dccGiven',
  'dccBirth',
] as const;

export function personFields(f: Frame, q: PersonQuery): Html {
  const w = f.w.person;
  const input = (name: (typeof PERSON_FIELDS)[number], label: string, extra: Html | '' = '') =>
    html`<label
      >${label} <input name="${name}" value="${q[name] ?? ''}" autocomplete="off" ${extra}
    /></label>`;
  return html`<fieldset class="stack">
    <p class="note">${w.help}</p>
    ${input('cccd', w.cccd, html`inputmode="numeric"`)} ${input('qid', w.qid)}
    ${input('otherId', w.otherId)}
    <fieldset class="stack">
      <legend>${w.dccTitle}</legend>
      ${input('dccFamily', w.dccFamily)} ${input('dccGiven', w.dccGiven)}
      ${input('dccBirth', w.dccBirth, html`placeholder="1990-01-31"`)}
    </fieldset>
  </fieldset>`;
}

/** The same values as hidden fields, for the next step's form. */
export function personHidden(q: PersonQuery): Html {
  return html`${PERSON_FIELDS.map((name) =>
    q[name] ? html`<input type="hidden" name="${name}" value="${q[name]}" />` : '',
  )}`;
}
