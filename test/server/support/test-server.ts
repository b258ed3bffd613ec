// A server for one test: its data directory is a copy of the migrated PGlite template (or a
// bare folder beside a PostgreSQL database), and closing the server deletes it, so test runs
// leave nothing behind in the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerHandle, type ServerOptions } from '../../../server/start-server';
import { pgliteDataDir } from './pglite-template';

/** Cheap password hashing for tests (the default costs ~0.5 s a hash on CI); the format and
 * code path are the production ones, checked with the default parameters in accounts tests. */
export const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<ServerHandle> {
  const dataDir = options.databaseUrl
    ? mkdtempSync(join(tmpdir(), 'kiosk-server-'))
    : await pgliteDataDir();
  const handle = await startServer({
    logLevel: 'error',
    port: 0,
    scrypt: TEST_SCRYPT,
    ...options,
    dataDir,
  }).catch((e: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  });
  return {
    ...handle,
    async close() {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
