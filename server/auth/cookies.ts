// Reading and writing the pages' cookies. Every cookie is HttpOnly and SameSite=Strict, and
// Secure whenever the request came over HTTPS, also through a TLS proxy when the server trusts
// it (--trust-proxy: then fastify reads X-Forwarded-Proto).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { headerText } from '../http/server-context';

export const SESSION_COOKIE = 'kiosk_session';
/** A random value set with each form shown before sign-in: its CSRF token's key. */
export const FORM_COOKIE = 'kiosk_form';
export const LANG_COOKIE = 'kiosk_lang';

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (headerText(request.headers.cookie) ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function setCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  maxAgeS: number | null,
): void {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (maxAgeS !== null) parts.push(`Max-Age=${Math.max(0, Math.floor(maxAgeS))}`);
  if (request.protocol === 'https') parts.push('Secure');
  const previous = reply.getHeader('set-cookie');
  const list = Array.isArray(previous) ? previous : previous ? [String(previous)] : [];
  reply.header('set-cookie', [...list, parts.join('; ')]);
}

export const clearCookie = (request: FastifyRequest, reply: FastifyReply, name: string) =>
  setCookie(request, reply, name, '', 0);
