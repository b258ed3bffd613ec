// The two databases every server suite runs on: embedded PGlite, and a real PostgreSQL
// started by the tests themselves. Without PostgreSQL binaries the PostgreSQL half is
// skipped, loudly.
import type { Database } from '../../../server/db/database';
import { openPostgresDatabase } from '../../../server/db/postgres-database';
import type { ServerHandle, ServerOptions } from '../../../server/start-server';
import { emptyPgliteDatabase } from './pglite-template';
import { postgresBinDir, startTempPostgres, type TempPostgres } from './temp-postgres';
import { startTestServer } from './test-server';

export interface Backend {
  name: 'pglite' | 'postgres';
  available: boolean;
  /** Starts a server on a fresh database of this kind, on a free port. */
  start(options?: Partial<ServerOptions>): Promise<ServerHandle>;
  /**
   * A second server process on the same database as `server` (several servers on one
   * PostgreSQL); null on PGlite, which one process opens at a time.
   */
  peerOf(server: ServerHandle, options?: Partial<ServerOptions>): Promise<ServerHandle | null>;
  /** A new database of this kind with no schema at all (migration tests with old data). */
  emptyDatabase(): Promise<Database>;
  /** Stops what `start` needed beyond the servers themselves. */
  teardown(): Promise<void>;
}

export function pgliteBackend(): Backend {
  return {
    name: 'pglite',
    available: true,
    start: (options = {}) => startTestServer(options),
    peerOf: async () => null,
    emptyDatabase: () => emptyPgliteDatabase(),
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
  const urls = new WeakMap<ServerHandle, string>();
  const newDatabase = async () => {
    cluster ??= startTempPostgres();
    return (await cluster).createDatabase(`kiosk_test_${++databases}`);
  };
  return {
    name: 'postgres',
    available,
    async start(options = {}) {
      const databaseUrl = await newDatabase();
      const server = await startTestServer({ ...options, databaseUrl });
      urls.set(server, databaseUrl);
      return server;
    },
    async peerOf(server, options = {}) {
      const databaseUrl = urls.get(server);
      if (!databaseUrl) throw new Error('peerOf: not a server of this backend');
      const peer = await startTestServer({ ...options, databaseUrl });
      urls.set(peer, databaseUrl);
      return peer;
    },
    emptyDatabase: async () => openPostgresDatabase(await newDatabase()),
    async teardown() {
      if (cluster) await (await cluster).stop();
    },
  };
}
