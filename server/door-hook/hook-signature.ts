// How a receiver knows a door-hook POST comes from this server: the header
//     x-kiosk-hook-signature: t=<epoch ms>,v1=<b64u HMAC-SHA-256(secret, "<t>.<body>")>
// over the exact body bytes, with the venue's hook secret (b64u text, used as its bytes).
// The receiver recomputes it, compares in constant time and refuses an old `t` (replays).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const HOOK_SIGNATURE_HEADER = 'x-kiosk-hook-signature';

export function hookSignature(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', Buffer.from(secret, 'base64url'))
    .update(`${timestamp}.${body}`, 'utf8')
    .digest('base64url');
  return `t=${timestamp},v1=${mac}`;
}

/** The receiver's check (used by the tests, and an example for integrators). */
export function verifyHookSignature(
  secret: string,
  header: string,
  body: string,
  now: number,
  toleranceMs = 5 * 60_000,
): boolean {
  const m = /^t=(\d{1,16}),v1=([A-Za-z0-9_-]{43})$/.exec(header);
  if (!m) return false;
  const timestamp = Number(m[1]);
  if (Math.abs(now - timestamp) > toleranceMs) return false;
  const expected = Buffer.from(hookSignature(secret, timestamp, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
