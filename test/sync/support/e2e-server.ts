// For the Playwright end-to-end tests: the sync server that playwright.config.ts starts
// (`kiosk start` on a fresh E2E_DATA folder, demo on), and what a test needs from it: its
// URL, the admin token and admin API, the demo venue, new one-time enrollment codes, and a
// signed-in owner of the demo venue (an account made through an invite link).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminHttpClient } from '../../../server/admin/admin-http-client';
import type { AdminOps, EnrollmentTicket } from '../../../server/admin/admin-ops';
import { readServerState } from '../../../server/server-state';
import { newAccount, type PageSession } from '../../server/support/page-client';

export interface E2eServer {
  url: string;
  dataDir: string;
  adminToken: string;
  demoVenueId: string;
  /** A fresh code for the demo venue (each enrollment spends one). */
  newEnrollmentCode(): Promise<EnrollmentTicket>;
  /** The operator's admin API (the admin token's only use). */
  admin: AdminOps;
  /** A session of an owner of the demo venue (made once per test process). */
  ownerSession(): Promise<PageSession>;
}

let demoOwner: Promise<PageSession> | null = null;

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
    admin,
    ownerSession: () =>
      (demoOwner ??= newAccount(state.localUrl, admin, { role: 'owner', venues: [demo.venueId] })),
  };
}
