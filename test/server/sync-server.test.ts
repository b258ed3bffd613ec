// The sync server's whole suite, once on embedded PGlite and once on a real PostgreSQL that
// the test starts itself from Debian's binaries (skipped, loudly, when they are absent).
import { afterAll, beforeAll, describe } from 'vitest';
import type { SecurityEvent } from '../../server/http/security-log';
import type { ServerHandle } from '../../server/start-server';
import { pgliteBackend, postgresBackend } from './support/backends';
import { accountsPeerSuite } from './suites/accounts-peer-suite';
import { accountsSuite } from './suites/accounts-suite';
import { bundleSuite } from './suites/bundle-suite';
import { deviceReportsSuite } from './suites/device-reports-suite';
import { DOOR_HOOK_TIMING, doorHookSuite } from './suites/door-hook-suite';
import { enrollmentSuite } from './suites/enrollment-suite';
import { heldCountSuite } from './suites/held-count-suite';
import { hostileEntriesSuite } from './suites/hostile-entries-suite';
import { ingestSuite } from './suites/ingest-suite';
import { migrationsSuite } from './suites/migrations-suite';
import { operatorPagesSuite } from './suites/operator-pages-suite';
import { ownerPagesSuite } from './suites/owner-pages-suite';
import { pagesSuite } from './suites/pages-suite';
import { privacySuite } from './suites/privacy-suite';
import { pseudonymsSuite } from './suites/pseudonyms-suite';
import { secretsInLogsSuite } from './suites/secrets-in-logs-suite';
import type { SuiteContext } from './suites/suite-context';
import { uploadAuthSuite } from './suites/upload-auth-suite';

describe.each([pgliteBackend(), postgresBackend()])('sync server on $name', (backend) => {
  describe.runIf(backend.available)(backend.name, () => {
    const events: SecurityEvent[] = [];
    let server: ServerHandle;
    beforeAll(
      async () =>
        void (server = await backend.start({
          security: (e) => events.push(e),
          doorHooks: DOOR_HOOK_TIMING,
        })),
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
    hostileEntriesSuite(ctx);
    bundleSuite(ctx);
    pagesSuite(ctx);
    heldCountSuite(ctx);
    accountsSuite(ctx);
    accountsPeerSuite(ctx);
    secretsInLogsSuite(ctx);
    ownerPagesSuite(ctx);
    operatorPagesSuite(ctx);
    pseudonymsSuite(ctx);
    deviceReportsSuite(ctx);
    privacySuite(ctx);
    doorHookSuite(ctx);
  });
});
