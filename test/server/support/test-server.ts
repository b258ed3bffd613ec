// A server for one test: its data directory is a copy of the migrated PGlite template (or a
// bare folder beside a PostgreSQL database), and closing the server deletes it, so test runs
// leave nothing behind in the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerHandle, type ServerOptions } from '../../../server/start-server';
import { pgliteDataDir } from './pglite-template';

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<ServerHandle> {
  const dataDir = options.databaseUrl
    ? mkdtempSync(join(tmpdir(), 'kiosk-server-'))
    : await pgliteDataDir();
  const handle = await startServer({ logLevel: 'error', port: 0, ...options, dataDir }).catch(
    (e: unknown) => {
      rmSync(dataDir, { recursive: true, force: true });
      throw e;
    },
  );
  return {
    ...handle,
    async close() {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
