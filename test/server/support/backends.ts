// The two databases every server suite runs on: embedded PGlite, and a real PostgreSQL
// started by the tests themselves. Without PostgreSQL binaries the PostgreSQL half is
// skipped, loudly.
import type { ServerHandle, ServerOptions } from '../../../server/start-server';
import { postgresBinDir, startTempPostgres, type TempPostgres } from './temp-postgres';
import { startTestServer } from './test-server';

export interface Backend {
  name: 'pglite' | 'postgres';
  available: boolean;
  /** Starts a server on a fresh database of this kind, on a free port. */
  start(options?: Partial<ServerOptions>): Promise<ServerHandle>;
  /** Stops what `start` needed beyond the servers themselves. */
  teardown(): Promise<void>;
}

export function pgliteBackend(): Backend {
  return {
    name: 'pglite',
    available: true,
    start: (options = {}) => startTestServer(options),
    teardown: async () => {},
  };
}

export function postgresBackend(): Backend {
  const available = postgresBinDir() !== null;
  if (!available) {
    console.warn(
      '\n!!! PostgreSQL binaries not found under /usr/lib/postgresql: SKIPPING the PostgreSQL half of the server tests.\n!!! Install them with: apt-get install -y postgresql\n',
    );
  }
  let cluster: Promise<TempPostgres> | null = null;
  let databases = 0;
  return {
    name: 'postgres',
    available,
    async start(options = {}) {
      cluster ??= startTempPostgres();
      const databaseUrl = await (await cluster).createDatabase(`kiosk_test_${++databases}`);
      return startTestServer({ ...options, databaseUrl });
    },
    async teardown() {
      if (cluster) await (await cluster).stop();
    },
  };
}
