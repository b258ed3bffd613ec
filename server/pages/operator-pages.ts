// The operator's pages: venues (create; retention; door hook; a new enrollment code; erase),
// the server-wide maximum retention, the trust roots and latest bundle, and the user accounts
// (invite by a one-time link shown once, reset, disable).
import type { InviteLink } from '../admin/admin-ops';
import type { UserRow } from '../accounts/users';
import type { TrustRootRow } from '../store/trust-store';
import type { VenueSummary } from '../store/venues';
import { html, type Html } from './html';
import { csrfInput, layout, type Frame } from './layout';
import { vietnamTime } from './vietnam-day';

export interface OperatorVenue extends VenueSummary {
  hookUrl: string | null;
  owners: string[];
}

export interface OperatorView {
  venues: OperatorVenue[];
  maxRetention: number;
  roots: TrustRootRow[];
  bundle: { seq: number; publishedAt: number } | null;
  notice?: Html | string;
  problem?: string;
}

function venueRow(f: Frame, v: OperatorVenue, max: number): Html {
  const w = f.w.operator;
  return html`<tr data-venue="${v.id}">
    <th scope="row">${v.name}</th>
    <td>${v.devices}</td>
    <td>${v.owners.join(', ') || '—'}</td>
    <td>
      <form method="post" action="/operator/venues/${v.id}/retention" class="inline">
        ${csrfInput(f)}
        <input
          name="days"
          type="number"
          min="1"
          max="${max}"
          value="${Math.min(v.retentionDays, max)}"
          aria-label="${w.retention}"
        />
        <button type="submit">${w.save}</button>
      </form>
    </td>
    <td>
      <form method="post" action="/operator/venues/${v.id}/hook" class="inline">
        ${csrfInput(f)}
        <input name="url" type="url" value="${v.hookUrl ?? ''}" aria-label="${w.hookUrl}" />
        <button type="submit">${w.hookSet}</button>
        ${
          v.hookUrl
            ? html`<button type="submit" name="remove" value="1">${w.hookRemove}</button>`
            : ''
        }
      </form>
    </td>
    <td>
      <form method="post" action="/operator/venues/${v.id}/codes" class="inline">
        ${csrfInput(f)}<button type="submit">${w.code}</button>
      </form>
      <a class="button danger" href="/operator/venues/${v.id}/erase">${w.eraseVenue}</a>
    </td>
  </tr>`;
}

export function operatorPage(f: Frame, v: OperatorView): string {
  const w = f.w.operator;
  return layout(f, {
    title: w.title,
    body: html`${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ''}
      ${v.problem ? html`<p class="problem" role="alert">${v.problem}</p>` : ''}
      <h2>${w.venues}</h2>
      <div class="scroll">
        <table class="venues">
          <thead>
            <tr>
              <th scope="col">${w.venueName}</th>
              <th scope="col">${w.devices}</th>
              <th scope="col">${w.owners}</th>
              <th scope="col">${w.retention}</th>
              <th scope="col">${w.hook}</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            ${v.venues.map((x) => venueRow(f, x, v.maxRetention))}
          </tbody>
        </table>
      </div>
      <form method="post" action="/operator/venues" class="inline">
        ${csrfInput(f)}
        <label>${w.venueName} <input name="name" maxlength="120" required /></label>
        <button type="submit">${w.create}</button>
      </form>
      <h2>${w.retention}</h2>
      <form method="post" action="/operator/retention" class="inline">
        ${csrfInput(f)}
        <label
          >${w.maxRetention}
          <input name="days" type="number" min="1" max="3650" value="${v.maxRetention}"
        /></label>
        <button type="submit">${w.save}</button>
      </form>
      <form method="post" action="/operator/retention/run" class="inline">
        ${csrfInput(f)}<button type="submit">${w.runRetention}</button>
      </form>
      <h2>${w.trust}</h2>
      <ul>
        ${v.roots.map((r) => html`<li><code>${r.kid}</code> ${r.label}</li>`)}
      </ul>
      <p>${v.bundle ? w.bundle(v.bundle.seq, vietnamTime(v.bundle.publishedAt)) : w.noBundle}</p>`,
  });
}

export function eraseVenueConfirmPage(
  f: Frame,
  venue: { id: string; name: string },
  entries: number,
): string {
  const w = f.w.operator;
  return layout(f, {
    title: w.eraseVenue,
    body: html`<p>${w.eraseVenueConfirm(venue.name, entries)}</p>
      <form method="post" action="/operator/venues/${venue.id}/erase" class="inline">
        ${csrfInput(f)}<button type="submit" class="danger">${w.eraseVenue}</button>
      </form>
      <a class="button" href="/operator">${f.w.cancel}</a>`,
  });
}

export function usersPage(
  f: Frame,
  v: {
    users: UserRow[];
    venues: VenueSummary[];
    invite?: InviteLink;
    problem?: string;
  },
): string {
  const w = f.w.users;
  const venueName = new Map(v.venues.map((x) => [x.id, x.name]));
  return layout(f, {
    title: w.title,
    body: html`${v.problem ? html`<p class="problem" role="alert">${v.problem}</p>` : ''}
      ${
        v.invite
          ? html`<div class="notice" role="status">
              <p>${w.link}</p>
              <p><code data-testid="invite-link">${v.invite.link}</code></p>
              <p class="note">${f.w.invite.expires(vietnamTime(v.invite.expiresAt))}</p>
            </div>`
          : ''
      }
      <div class="scroll">
        <table class="users">
          <thead>
            <tr>
              <th scope="col">${w.login}</th>
              <th scope="col">${w.role}</th>
              <th scope="col">${w.venues}</th>
              <th scope="col">${w.created}</th>
              <th scope="col">${w.state}</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            ${v.users.map(
              (u) =>
                html`<tr data-login="${u.login}">
                  <th scope="row">${u.login}</th>
                  <td>${f.w.roles[u.role]}</td>
                  <td>${u.venueIds.map((id) => venueName.get(id) ?? '—').join(', ')}</td>
                  <td>${vietnamTime(u.createdAt)}</td>
                  <td>${u.disabledAt === null ? w.active : w.disabled}</td>
                  <td>
                    ${
                      u.disabledAt === null
                        ? html`<form
                              method="post"
                              action="/operator/users/${u.login}/reset"
                              class="inline"
                            >
                              ${csrfInput(f)}<button type="submit">${w.reset}</button>
                            </form>
                            <form
                              method="post"
                              action="/operator/users/${u.login}/disable"
                              class="inline"
                            >
                              ${csrfInput(f)}<button type="submit" class="danger">
                                ${w.disable}
                              </button>
                            </form>`
                        : ''
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h2>${w.invite}</h2>
      <form method="post" action="/operator/users/invite" class="stack narrow">
        ${csrfInput(f)}
        <label
          >${w.role}
          <select name="role">
            <option value="owner">${f.w.roles.owner}</option>
            <option value="authority">${f.w.roles.authority}</option>
            <option value="operator">${f.w.roles.operator}</option>
          </select>
        </label>
        <fieldset>
          <legend>${w.venues}</legend>
          ${v.venues.map(
            (x) =>
              html`<label class="check"
                ><input type="checkbox" name="venue" value="${x.id}" /> ${x.name}</label
              >`,
          )}
        </fieldset>
        <label>${w.presetLogin} <input name="login" maxlength="64" /></label>
        <label
          >${w.minutes} <input name="minutes" type="number" min="1" max="1440" value="30"
        /></label>
        <button type="submit">${w.makeLink}</button>
      </form>`,
  });
}
