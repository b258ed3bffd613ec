// The demo's owner account (`npm start`): login `demo`, owner of the demo venue, with a random
// password printed once, at the first start; only its scrypt hash is kept. Forgotten, a new
// one is a reset link away: `npx kiosk user reset demo`. A start without --demo disables it
// (demo-removal.ts); a later demo start enables it again with a new password, printed once.
import { randomInt } from 'node:crypto';
import { hashPassword, type ScryptParams } from '../accounts/passwords';
import { createUser, enableUser, findByLogin } from '../accounts/users';
import type { Queryable } from '../db/database';

export const DEMO_LOGIN = 'demo';

export interface DemoOwner {
  login: string;
  /** Only on the start that made the account; null afterwards. */
  password: string | null;
}

/** Four groups of four from an unambiguous alphabet: easy to type from a terminal. */
function readablePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export async function ensureDemoOwner(
  db: Queryable,
  venueId: string,
  now: number,
  params?: ScryptParams,
): Promise<DemoOwner> {
  const found = await findByLogin(db, DEMO_LOGIN);
  if (found && found.user.disabledAt === null) return { login: DEMO_LOGIN, password: null };
  const password = readablePassword();
  if (found) {
    const enabled = await enableUser(db, found.user.id, await hashPassword(password, params), now);
    return { login: DEMO_LOGIN, password: enabled ? password : null };
  }
  const made = await createUser(
    db,
    {
      login: DEMO_LOGIN,
      role: 'owner',
      passwordHash: await hashPassword(password, params),
      venueIds: [venueId],
    },
    now,
  );
  return { login: DEMO_LOGIN, password: made ? password : null };
}
