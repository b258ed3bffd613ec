// Erasing one person's scans at their request: a form of their identifiers, a confirmation
// page saying how many scans were found (the identifiers carried in hidden POST fields), then
// the erasure itself. The same pages serve an owner (their venues) and the operator (all).
import type { PersonQuery } from '../privacy/person-identifiers';
import { html } from './html';
import { csrfInput, layout, type Frame } from './layout';
import { personFields, personHidden } from './person-form';

export function eraseFormPage(f: Frame, action: string, q: PersonQuery, problem?: string): string {
  const w = f.w.erase;
  return layout(f, {
    title: w.title,
    body: html`<p>${w.intro}</p>
      ${problem ? html`<p class="problem" role="alert">${problem}</p>` : ''}
      <form method="post" action="${action}" class="stack narrow">
        ${csrfInput(f)} ${personFields(f, q)}
        <button type="submit">${w.find}</button>
      </form>`,
  });
}

export function eraseConfirmPage(f: Frame, action: string, q: PersonQuery, found: number): string {
  const w = f.w.erase;
  return layout(f, {
    title: w.title,
    body:
      found === 0
        ? html`<p role="status">${w.nothing}</p>`
        : html`<p role="status">${w.found(found)}</p>
            <form method="post" action="${action}" class="inline">
              ${csrfInput(f)} ${personHidden(q)}
              <button type="submit" class="danger">${w.confirm(found)}</button>
            </form>`,
  });
}
