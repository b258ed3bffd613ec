// The sync server's whole suite, once on embedded PGlite and once on a real PostgreSQL that
// the test starts itself from Debian's binaries (skipped, loudly, when they are absent).
import { afterAll, beforeAll, describe } from 'vitest';
import type { SecurityEvent } from '../../server/http/security-log';
import type { ServerHandle } from '../../server/start-server';
import { pgliteBackend, postgresBackend } from './support/backends';
import { bundleSuite } from './suites/bundle-suite';
import { enrollmentSuite } from './suites/enrollment-suite';
import { heldCountSuite } from './suites/held-count-suite';
import { ingestSuite } from './suites/ingest-suite';
import { migrationsSuite } from './suites/migrations-suite';
import { pagesSuite } from './suites/pages-suite';
import type { SuiteContext } from './suites/suite-context';
import { uploadAuthSuite } from './suites/upload-auth-suite';

describe.each([pgliteBackend(), postgresBackend()])('sync server on $name', (backend) => {
  describe.runIf(backend.available)(backend.name, () => {
    const events: SecurityEvent[] = [];
    let server: ServerHandle;
    beforeAll(
      async () => void (server = await backend.start({ security: (e) => events.push(e) })),
      60_000,
    );
    afterAll(async () => {
      await server?.close();
      await backend.teardown();
    });
    const ctx: SuiteContext = { backend, server: () => server, events };
    migrationsSuite(ctx);
    enrollmentSuite(ctx);
    uploadAuthSuite(ctx);
    ingestSuite(ctx);
    bundleSuite(ctx);
    pagesSuite(ctx);
    heldCountSuite(ctx);
  });
});
