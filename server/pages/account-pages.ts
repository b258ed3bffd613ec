// The sign-in page, the invite page (create an account, or set a new password) and the
// account page (how many browsers are signed in; sign out everywhere).
import type { Invite } from '../accounts/invites';
import { html } from './html';
import { csrfInput, layout, type Frame } from './layout';

const problemText = (problem: string | undefined) =>
  problem ? html`<p class="problem" role="alert">${problem}</p>` : '';

export function loginPage(f: Frame, v: { login?: string; next: string; problem?: string }): string {
  const w = f.w.login;
  return layout(f, {
    title: w.title,
    body: html`${problemText(v.problem)}
      <form method="post" action="/login" class="stack narrow">
        ${csrfInput(f)}
        <input type="hidden" name="next" value="${v.next}" />
        <label
          >${w.login}
          <input name="login" autocomplete="username" required value="${v.login ?? ''}" autofocus
        /></label>
        <label
          >${w.password}
          <input name="password" type="password" autocomplete="current-password" required
        /></label>
        <button type="submit">${w.submit}</button>
      </form>
      <p class="note">${w.help}</p>`,
  });
}

export function invitePage(
  f: Frame,
  v: {
    invite: Invite;
    venues: readonly { name: string }[];
    expires: string;
    login: string;
    problem?: string;
  },
): string {
  const w = f.w.invite;
  const reset = v.invite.userId !== null;
  return layout(f, {
    title: reset ? w.resetTitle : w.title,
    body: html`${problemText(v.problem)}
      <p>${w.intro(f.w.roles[v.invite.role])}</p>
      ${
        v.venues.length
          ? html`<p>
              ${w.venues}:
              ${v.venues.map((x, i) => html`${i ? ', ' : ''}<strong>${x.name}</strong>`)}
            </p>`
          : ''
      }
      <p class="note">${w.expires(v.expires)}</p>
      <form method="post" class="stack narrow">
        ${csrfInput(f)}
        <label
          >${w.login}
          <input
            name="login"
            autocomplete="username"
            required
            value="${v.login}"
            ${v.invite.login ? html`readonly` : ''}
        /></label>
        <label
          >${w.password}
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            minlength="10"
            required
        /></label>
        <label
          >${w.password2}
          <input
            name="password2"
            type="password"
            autocomplete="new-password"
            minlength="10"
            required
        /></label>
        <button type="submit">${reset ? w.resetSubmit : w.submit}</button>
      </form>`,
  });
}

export function accountPage(f: Frame, v: { sessions: number }): string {
  const w = f.w.account;
  const a = f.account!;
  return layout(f, {
    title: w.title,
    body: html`<dl class="facts">
        <dt>${w.login}</dt>
        <dd>${a.login}</dd>
        <dt>${w.role}</dt>
        <dd>${f.w.roles[a.role]}</dd>
      </dl>
      <p>${w.sessions(v.sessions)}</p>
      <form method="post" action="/logout-everywhere" class="stack narrow">
        ${csrfInput(f)}
        <p class="note">${w.everywhereHelp}</p>
        <button type="submit" class="danger">${w.everywhere}</button>
      </form>`,
  });
}
