// A data directory once started as the demo (`npm start`) keeps the demo root trusted: anyone
// who fetched the demo page's codes could still be admitted. Started without --demo, the
// server removes the demo root and every bundle it signed, and the demo keys. The demo venue
// and its entries stay: they are check-ins like any others.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { decodeB64uExact } from '../../src/core';
import { keyPairFromSecret } from '../../src/issuer/keys';
import type { Database } from '../db/database';

export interface DemoRemoved {
  rootKid: string;
  bundles: number;
}

export async function removeDemo(db: Database, dataDir: string): Promise<DemoRemoved | null> {
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
  let bundles = 0;
  if (rootKid) {
    const kid = rootKid;
    bundles = await db.transaction(async (tx) => {
      const gone = await tx.query('DELETE FROM trust_bundles WHERE root_kid = $1 RETURNING seq', [
        kid,
      ]);
      await tx.query('DELETE FROM trust_roots WHERE kid = $1', [kid]);
      return gone.length;
    });
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dataDir, 'enroll.png'), { force: true });
  return rootKid ? { rootKid, bundles } : null;
}
