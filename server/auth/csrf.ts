// CSRF protection for every state-changing form: a token in a hidden field that only a page
// served to this browser can know, HMAC-SHA-256 of a purpose keyed by the session id (or,
// before sign-in, by a random form cookie). Checked with the Origin header, which must be
// this server when the browser sends one; SameSite=Strict cookies are a third layer.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { headerText } from '../http/server-context';

export const CSRF_FIELD = '_csrf';

export function csrfToken(key: string): string {
  return createHmac('sha256', key).update('kiosk-csrf-v1').digest('base64url');
}

export function csrfValid(key: string | undefined, given: unknown): boolean {
  if (!key || typeof given !== 'string') return false;
  const expected = Buffer.from(csrfToken(key));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * A POST from a page of this server: no Origin (older clients, curl) or our own. `null` (a
 * sandboxed frame, or a page under no-referrer) is refused: our pages send their origin.
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = headerText(request.headers.origin);
  if (origin === undefined) return true;
  return origin === `${request.protocol}://${request.host}`;
}
