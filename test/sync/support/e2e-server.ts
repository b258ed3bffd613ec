// For the Playwright end-to-end tests: the sync server that playwright.config.ts starts
// (`kiosk start` on a fresh E2E_DATA folder, demo on), and what a test needs from it: its
// URL, the admin token, the demo venue, and new one-time enrollment codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminHttpClient } from '../../../server/admin/admin-http-client';
import type { EnrollmentTicket } from '../../../server/admin/admin-ops';
import { readServerState } from '../../../server/server-state';

export interface E2eServer {
  url: string;
  dataDir: string;
  adminToken: string;
  demoVenueId: string;
  /** A fresh code for the demo venue (each enrollment spends one). */
  newEnrollmentCode(): Promise<EnrollmentTicket>;
  /** The owner page's login link: it sets the owner cookie and redirects to /admin. */
  ownerLoginUrl: string;
}

export function e2eServer(dataDir = process.env.E2E_DATA): E2eServer {
  if (!dataDir) throw new Error('E2E_DATA is not set: run through playwright.config.ts');
  const state = readServerState(dataDir);
  if (!state) throw new Error(`no server runs on ${dataDir}`);
  const adminToken = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  const demo = JSON.parse(readFileSync(join(dataDir, 'demo', 'state.json'), 'utf8')) as {
    venueId: string;
  };
  const admin = adminHttpClient(state.localUrl, adminToken);
  return {
    url: state.url,
    dataDir,
    adminToken,
    demoVenueId: demo.venueId,
    newEnrollmentCode: () => admin.newEnrollmentCode(demo.venueId),
    ownerLoginUrl: `${state.url}/admin/login?token=${encodeURIComponent(adminToken)}`,
  };
}
