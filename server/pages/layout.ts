// The frame of every signed-in page: who is signed in and in which role, the role's links,
// sign-out (a POST form with its CSRF token), and the language switch. Server-rendered, no
// script at all (the pages' CSP forbids it).
import type { Account } from '../accounts/roles';
import { CSRF_FIELD } from '../auth/csrf';
import { html, page, type Html } from './html';
import { otherLangHref, type Lang } from './i18n';
import type { Words } from './words-vi';

export interface Frame {
  lang: Lang;
  w: Words;
  account: Account | null;
  /** This page's CSRF token, for its forms. */
  csrf: string;
  /** This page's address (path and query), for the language switch. */
  url: string;
  now: number;
}

export const csrfInput = (f: Frame) =>
  html`<input type="hidden" name="${CSRF_FIELD}" value="${f.csrf}" />`;

function navLinks(f: Frame): [string, string][] {
  const n = f.w.nav;
  switch (f.account?.role) {
    case 'owner':
      return [
        ['/admin', n.log],
        ['/admin/live', n.live],
        ['/admin/devices', n.devices],
        ['/admin/audit', n.audit],
        ['/admin/erase', n.erase],
        ['/account', n.account],
      ];
    case 'authority':
      return [
        ['/authority', n.trace],
        ['/authority/audit', n.audit],
        ['/account', n.account],
      ];
    case 'operator':
      return [
        ['/operator', n.overview],
        ['/operator/users', n.users],
        ['/operator/audit', n.audit],
        ['/operator/erase', n.erase],
        ['/account', n.account],
      ];
    default:
      return [];
  }
}

function header(f: Frame): Html {
  const path = f.url.split('?')[0];
  return html`<header class="bar">
    <strong class="brand">${f.w.appName}</strong>
    <nav aria-label="${f.w.appName}">
      ${navLinks(f).map(
        ([href, label]) =>
          html`<a href="${href}" ${href === path ? html`aria-current="page"` : ''}>${label}</a>`,
      )}
    </nav>
    <span class="spacer"></span>
    ${
      f.account
        ? html`<span class="who">${f.account.login} · ${f.w.roles[f.account.role]}</span>
            <form method="post" action="/logout" class="inline">
              ${csrfInput(f)}<button type="submit">${f.w.signOut}</button>
            </form>`
        : ''
    }
    <a href="${otherLangHref(f.url, f.lang)}" lang="${f.lang === 'vi' ? 'en' : 'vi'}"
      >${f.w.otherLang}</a
    >
  </header>`;
}

export function layout(
  f: Frame,
  opts: { title: string; body: Html; refreshSeconds?: number },
): string {
  return page({
    title: `${opts.title} · ${f.w.appName}`,
    stylesheet: '/admin/pages.css',
    lang: f.lang,
    referrer: 'same-origin',
    ...(opts.refreshSeconds ? { refreshSeconds: opts.refreshSeconds } : {}),
    body: html`${header(f)}
      <main>
        <h1>${opts.title}</h1>
        ${opts.body}
      </main>`,
  });
}

/** A short page that only says something (refusals, confirmations). */
export function messagePage(
  f: Frame,
  title: string,
  message: string,
  link?: [string, string],
): string {
  return layout(f, {
    title,
    body: html`<p role="status">${message}</p>
      ${link ? html`<p><a class="button" href="${link[0]}">${link[1]}</a></p>` : ''}`,
  });
}
