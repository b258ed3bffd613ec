// Which language a page speaks: `?lang=en|vi` (remembered in a cookie), else the cookie, else
// Vietnamese, the first language.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LANG_COOKIE, readCookie, setCookie } from '../auth/cookies';
import { en } from './words-en';
import { vi, type Words } from './words-vi';

export type Lang = 'vi' | 'en';
export const WORDS: Record<Lang, Words> = { vi, en };

const asLang = (v: unknown): Lang | null => (v === 'vi' || v === 'en' ? v : null);

export function pageLang(request: FastifyRequest, reply: FastifyReply): Lang {
  const asked = asLang((request.query as Record<string, unknown> | null)?.lang);
  if (asked) {
    setCookie(request, reply, LANG_COOKIE, asked, 365 * 24 * 60 * 60);
    return asked;
  }
  return asLang(readCookie(request, LANG_COOKIE)) ?? 'vi';
}

/** This page's address in the other language (the switch in the header). */
export function otherLangHref(url: string, lang: Lang): string {
  const [path, query = ''] = url.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set('lang', lang === 'vi' ? 'en' : 'vi');
  return `${path}?${params.toString()}`;
}
