// The admin token: a bearer token for the operator's admin API (the CLI talks to a running
// server through it) and nothing else: the pages use accounts and sessions. Compared in
// constant time. KIOSK_ADMIN_TOKEN must be strong; the one made on first run is 24 random
// bytes in `<dataDir>/admin-token` (mode 600).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdminError } from '../admin/admin-error';

export const MIN_ADMIN_TOKEN_LENGTH = 32;

export function newAdminToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Why a token is too weak to guard the admin API, or null. */
export function adminTokenProblem(token: string): string | null {
  if (token.length < MIN_ADMIN_TOKEN_LENGTH)
    return `it has ${token.length} characters; at least ${MIN_ADMIN_TOKEN_LENGTH} are needed`;
  if (new Set(token).size < 16) return 'it repeats too few different characters';
  if (/\s/.test(token)) return 'it contains spaces';
  return null;
}

/** Refused at start (server and CLI alike), with how to make a good one. */
export class WeakAdminToken extends AdminError {
  constructor(message: string) {
    super('ADMIN_TOKEN_WEAK', message, 500);
  }
}

/** KIOSK_ADMIN_TOKEN if set, else `<dataDir>/admin-token`, made (mode 600) on first run. */
export function loadAdminToken(dataDir: string, fromEnv = process.env.KIOSK_ADMIN_TOKEN): string {
  const file = join(dataDir, 'admin-token');
  const token = fromEnv
    ? fromEnv
    : existsSync(file)
      ? readFileSync(file, 'utf8').trim()
      : (() => {
          const made = newAdminToken();
          writeFileSync(file, made + '\n', { mode: 0o600 });
          return made;
        })();
  const problem = adminTokenProblem(token);
  if (problem)
    throw new WeakAdminToken(
      `${fromEnv ? 'KIOSK_ADMIN_TOKEN' : file} is too weak: ${problem} (make one with: openssl rand -base64 32)`,
    );
  return token;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

export function sameSecret(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return m?.[1];
}
