// Headers on every response: no MIME sniffing, no referrer, no framing; and a strict
// Content-Security-Policy on every HTML page, with no inline script anywhere. The kiosk's
// policy matches the one in its index.html; the owner and demo pages get a stricter one.
import type { FastifyInstance } from 'fastify';

/** The kiosk (index.html of the build): camera, its decode worker, its own origin only. */
export const KIOSK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; " +
  "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Server-rendered pages: one stylesheet, GET forms to themselves, inline SVG; no script at all. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', KIOSK_CSP);
    }
    return payload;
  });
}
