// No secret in a log line: request URLs are logged with invite tokens cut out of their path
// and query values kept only for parameters known to be harmless (a venue id, a date, the
// language). Headers (cookies, Authorization) are never logged at all: the request
// serializer lists what it keeps instead of what it drops.
import type { FastifyRequest } from 'fastify';

const SAFE_QUERY = new Set(['venue', 'from', 'to', 'day', 'lang', 'confirm']);

export function redactPath(path: string): string {
  return path.replace(/^\/invite\/[^/?#]*/, '/invite/[redacted]');
}

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const path = redactPath(q < 0 ? url : url.slice(0, q));
  if (q < 0) return path;
  const params = new URLSearchParams(url.slice(q + 1));
  const kept = [...params].map(([k, v]) =>
    SAFE_QUERY.has(k)
      ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}`
      : `${encodeURIComponent(k)}=[redacted]`,
  );
  return `${path}?${kept.join('&')}`;
}

export const requestSerializer = (request: FastifyRequest) => ({
  method: request.method,
  url: redactUrl(request.url),
  remoteAddress: request.ip,
});
