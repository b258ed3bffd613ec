// The admin token: a bearer token for the admin API and the CLI, and (through a one-time
// login link) an HttpOnly cookie for the owner page. Compared in constant time; the cookie
// holds a hash of the token, never the token itself.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ADMIN_COOKIE = 'kiosk_admin';

export function newAdminToken(): string {
  return randomBytes(24).toString('base64url');
}

/** KIOSK_ADMIN_TOKEN if set, else `<dataDir>/admin-token`, made (mode 600) on first run. */
export function loadAdminToken(dataDir: string, fromEnv = process.env.KIOSK_ADMIN_TOKEN): string {
  if (fromEnv) return fromEnv;
  const file = join(dataDir, 'admin-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const token = newAdminToken();
  writeFileSync(file, token + '\n', { mode: 0o600 });
  return token;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

export function sameSecret(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

export function sessionValue(token: string): string {
  return createHash('sha256').update(`owner-session:${token}`).digest('base64url');
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return m?.[1];
}

export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
