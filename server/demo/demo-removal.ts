// A data directory once started as the demo (`npm start`) keeps the demo root trusted: anyone
// who fetched the demo page's codes could still be admitted. Started without --demo, the
// server removes the demo root and every bundle it signed, and the demo keys, and disables the
// demo owner account (`demo`, whose password was printed to a terminal) and ends its
// sessions. The demo venue and its entries stay: they are check-ins like any others.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { decodeB64uExact } from '../../src/core';
import { keyPairFromSecret } from '../../src/issuer/keys';
import { disableUser, findByLogin } from '../accounts/users';
import type { Database, Queryable } from '../db/database';
import { audit, SYSTEM_ACTOR } from '../privacy/audit-log';
import { DEMO_LOGIN } from './demo-owner';

export interface DemoRemoved {
  /** Null when the demo keys file could not be read (nothing of the root to remove). */
  rootKid: string | null;
  bundles: number;
  /** True when the demo owner account was disabled now. */
  ownerDisabled: boolean;
}

/** Disables the demo owner, if there is one still enabled; in the audit log as the server's. */
async function disableDemoOwner(db: Queryable, now: number): Promise<boolean> {
  const found = await findByLogin(db, DEMO_LOGIN);
  if (!found || found.user.disabledAt !== null) return false;
  if (!(await disableUser(db, found.user.id, now))) return false;
  await audit(
    db,
    SYSTEM_ACTOR,
    {
      action: 'user.disable',
      venueIds: found.user.venueIds,
      detail: { login: DEMO_LOGIN, why: 'demo removed' },
    },
    now,
  );
  return true;
}

export async function removeDemo(
  db: Database,
  dataDir: string,
  now: number = Date.now(),
): Promise<DemoRemoved | null> {
  const dir = join(dataDir, 'demo');
  const keysFile = join(dir, 'keys.json');
  if (!existsSync(keysFile)) return null;
  let rootKid: string | null;
  try {
    const saved = JSON.parse(readFileSync(keysFile, 'utf8')) as { root?: string };
    const secret = saved.root ? decodeB64uExact(saved.root, 32) : null;
    rootKid = secret ? keyPairFromSecret(secret).kid : null;
  } catch {
    rootKid = null;
  }
  const kid = rootKid;
  const [bundles, ownerDisabled] = await db.transaction(async (tx) => {
    let gone = 0;
    if (kid) {
      gone = (await tx.query('DELETE FROM trust_bundles WHERE root_kid = $1 RETURNING seq', [kid]))
        .length;
      await tx.query('DELETE FROM trust_roots WHERE kid = $1', [kid]);
    }
    return [gone, await disableDemoOwner(tx, now)] as const;
  });
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dataDir, 'enroll.png'), { force: true });
  return rootKid || ownerDisabled ? { rootKid, bundles, ownerDisabled } : null;
}
