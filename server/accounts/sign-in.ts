// Signing in and accepting an invite: the two ways a session begins. Both hash or verify the
// password before touching the database's rows for it (scrypt is slow, a transaction must
// not wait on it), and both answer the same way whether a login exists or not.
import type { Database } from '../db/database';
import { beginAttempt, finishAttempt } from './login-throttle';
import {
  DEFAULT_SCRYPT,
  hashPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
  type ScryptParams,
} from './passwords';
import { normaliseLogin, type Account } from './roles';
import { createSession, endAllSessions } from './sessions';
import { spendInvite, type InviteRefusal } from './invites';
import { createUser, findByLogin, setPassword } from './users';

export type SignIn =
  | { ok: true; sessionId: string; account: Account }
  | { ok: false; refusal: 'CREDENTIALS_INVALID' }
  | { ok: false; refusal: 'TOO_MANY_ATTEMPTS'; retryAfterS: number };

let dummyHash: Promise<string> | null = null;

export async function signIn(
  db: Database,
  input: { login: string; password: string; client: string },
  now: number,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<SignIn> {
  const login = normaliseLogin(input.login) ?? input.login.trim().toLowerCase().slice(0, 64);
  const attempt = await beginAttempt(db, login, input.client, now);
  if (!attempt.allowed)
    return { ok: false, refusal: 'TOO_MANY_ATTEMPTS', retryAfterS: attempt.retryAfterS };
  const found = await findByLogin(db, login);
  // An unknown login costs the same scrypt as a known one: timing does not tell them apart.
  dummyHash ??= hashPassword('not a password', params);
  const matches = await verifyPassword(input.password, found?.passwordHash ?? (await dummyHash));
  const ok = matches && found !== null && found.user.disabledAt === null;
  await finishAttempt(db, attempt.id, ok);
  if (!ok || !found) return { ok: false, refusal: 'CREDENTIALS_INVALID' };
  if (needsRehash(found.passwordHash, params))
    await setPassword(db, found.user.id, await hashPassword(input.password, params), now);
  const sessionId = await createSession(db, found.user.id, now);
  const { id, role, venueIds } = found.user;
  return {
    ok: true,
    sessionId,
    account: { id, login: found.user.login, role, venueIds: role === 'owner' ? venueIds : [] },
  };
}

export type AcceptRefusal =
  | InviteRefusal
  | 'LOGIN_INVALID'
  | 'LOGIN_TAKEN'
  | 'PASSWORD_SHORT'
  | 'PASSWORD_LONG'
  | 'PASSWORD_LOGIN';

export type Accepted =
  { ok: true; sessionId: string; account: Account } | { ok: false; refusal: AcceptRefusal };

class Refused extends Error {
  constructor(readonly refusal: AcceptRefusal) {
    super(refusal);
  }
}

/** Spends the invite and creates the account (or sets a reset password), then signs in. */
export async function acceptInvite(
  db: Database,
  input: { token: string; login: string; password: string; presetLogin: string | null },
  now: number,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<Accepted> {
  const login = input.presetLogin ?? normaliseLogin(input.login);
  if (!login) return { ok: false, refusal: 'LOGIN_INVALID' };
  const problem = passwordProblem(input.password, login);
  if (problem)
    return {
      ok: false,
      refusal:
        problem === 'short'
          ? 'PASSWORD_SHORT'
          : problem === 'long'
            ? 'PASSWORD_LONG'
            : 'PASSWORD_LOGIN',
    };
  const passwordHash = await hashPassword(input.password, params);
  try {
    return await db.transaction(async (tx): Promise<Accepted> => {
      const spent = await spendInvite(tx, input.token, now);
      if (!spent.ok) throw new Refused(spent.refusal);
      const { invite } = spent;
      let account: Account;
      if (invite.userId) {
        await setPassword(tx, invite.userId, passwordHash, now);
        await endAllSessions(tx, invite.userId); // a reset ends every older session
        const found = invite.login ? await findByLogin(tx, invite.login) : null;
        if (!found || found.user.id !== invite.userId || found.user.disabledAt !== null)
          throw new Refused('INVITE_UNKNOWN');
        account = found.user;
      } else {
        const user = await createUser(
          tx,
          { login, role: invite.role, passwordHash, venueIds: invite.venueIds },
          now,
        );
        if (!user) throw new Refused('LOGIN_TAKEN');
        account = user;
      }
      const sessionId = await createSession(tx, account.id, now);
      const { id, role, venueIds } = account;
      return {
        ok: true,
        sessionId,
        account: { id, login: account.login, role, venueIds: role === 'owner' ? venueIds : [] },
      };
    });
  } catch (e) {
    if (e instanceof Refused) return { ok: false, refusal: e.refusal };
    throw e;
  }
}
