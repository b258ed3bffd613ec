// The first-run demo of `npm start`: a demo root and issuer key, a demo DCC signer
// (demo-dcc.ts), a trust bundle signed by that root listing both, a demo venue and a usable
// enrollment code. Idempotent: later runs reuse all of it, refresh the bundle before it grows
// stale or when it does not list the demo DCC signer, and make a new code only when the old one
// was used or expired. Keys and the current code live in <dataDir>/demo/ (mode 600).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY_MS, decodeB64u, decodeB64uExact, encodeB64u } from '../../src/core';
import { generateKeyPair, keyPairFromSecret, type KeyPair } from '../../src/issuer/keys';
import { buildTrustBundle, type BundleDccSigner } from '../../src/issuer/trust-bundle-builder';
import {
  displayEnrollmentCode,
  formatEnrollmentText,
  normaliseEnrollmentCode,
} from '../../src/sync/wire';
import type { AdminOps, EnrollmentTicket } from '../admin/admin-ops';
import type { Queryable } from '../db/database';
import { latestBundle } from '../store/trust-store';
import { getVenue } from '../store/venues';

export interface DemoKeys {
  root: KeyPair;
  issuer: KeyPair;
  /** The demo DSC's entry in the demo bundle's dccSigners (demo-dcc.ts). */
  dccSigner: BundleDccSigner;
}

export interface DemoSetup {
  venueId: string;
  venueName: string;
  enrollment: EnrollmentTicket;
  /** True when the code printed last time is still unused and shown again. */
  codeReused: boolean;
  bundleSeq: number;
}

interface DemoState {
  venueId?: string;
  code?: string;
  codeExpiresAt?: number;
}

const DEMO_VENUE = 'Cửa hàng demo · Demo shop';
/** A new demo bundle once the held one is a week old; it is valid for two. */
const BUNDLE_REFRESH_MS = 7 * DAY_MS;

const readJson = <T>(path: string): T | null =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
const writeSecret = (path: string, value: unknown) =>
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n', { mode: 0o600 });

/** Whether a published envelope lists the DCC signer `kid` (a bundle from before DCCs does not). */
function listsDccSigner(envelope: string, kid: string): boolean {
  try {
    const { payload } = JSON.parse(envelope) as { payload: string };
    const bytes = decodeB64u(payload);
    const content =
      bytes && (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>);
    const signers = content?.dccSigners;
    return Array.isArray(signers) && signers.some((s) => (s as { kid?: unknown }).kid === kid);
  } catch {
    return false;
  }
}

export function loadDemoKeys(dataDir: string): Omit<DemoKeys, 'dccSigner'> {
  const dir = join(dataDir, 'demo');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'keys.json');
  const saved = readJson<{ root?: string; issuer?: string }>(path);
  const root = saved?.root ? decodeB64uExact(saved.root, 32) : null;
  const issuer = saved?.issuer ? decodeB64uExact(saved.issuer, 32) : null;
  if (root && issuer) return { root: keyPairFromSecret(root), issuer: keyPairFromSecret(issuer) };
  const keys = { root: generateKeyPair(), issuer: generateKeyPair() };
  writeSecret(path, {
    root: encodeB64u(keys.root.secretKey),
    issuer: encodeB64u(keys.issuer.secretKey),
  });
  return keys;
}

async function ensureBundle(
  db: Queryable,
  ops: AdminOps,
  keys: DemoKeys,
  now: number,
): Promise<number> {
  await ops.addRoot(encodeB64u(keys.root.publicKey), 'Demo root (npm start)');
  const latest = await latestBundle(db);
  // A bundle published by a real root is the operator's: leave it alone.
  const dccKid = keys.dccSigner.kid;
  if (
    latest &&
    (latest.rootKid !== keys.root.kid ||
      (now - latest.publishedAt < BUNDLE_REFRESH_MS && listsDccSigner(latest.envelope, dccKid)))
  )
    return latest.seq;
  const seq = (latest?.seq ?? 0) + 1;
  const issuer = {
    ...keys.issuer,
    name: 'Demo issuer',
    validFrom: now - 90 * DAY_MS,
    validUntil: now + 365 * DAY_MS,
  };
  // Issued an hour back, so a kiosk whose clock runs a little slow does not see CLOCK_BEHIND.
  const envelope = buildTrustBundle(
    {
      seq,
      issuedAt: now - 3_600_000,
      expiresAt: now + 14 * DAY_MS,
      issuers: [issuer],
      dccSigners: [keys.dccSigner],
    },
    keys.root,
  );
  await ops.publishBundle(JSON.stringify(envelope));
  return seq;
}

export async function ensureDemo(
  db: Queryable,
  ops: AdminOps,
  keys: DemoKeys,
  opts: { dataDir: string; publicUrl: string; now: number },
): Promise<DemoSetup> {
  const bundleSeq = await ensureBundle(db, ops, keys, opts.now);
  const statePath = join(opts.dataDir, 'demo', 'state.json');
  const state = readJson<DemoState>(statePath) ?? {};
  const venue = state.venueId ? await getVenue(db, state.venueId) : null;
  let enrollment: EnrollmentTicket;
  let codeReused = false;
  if (!venue) {
    const created = await ops.createVenue(DEMO_VENUE);
    enrollment = created.enrollment;
  } else {
    const old = state.code ? normaliseEnrollmentCode(state.code) : null;
    codeReused = old !== null && (await ops.enrollmentCodeState(old)) === 'usable';
    enrollment =
      codeReused && old
        ? {
            venueId: venue.id,
            venueName: venue.name,
            code: displayEnrollmentCode(old),
            expiresAt: state.codeExpiresAt ?? 0,
            text: formatEnrollmentText(opts.publicUrl, old),
          }
        : await ops.newEnrollmentCode(venue.id);
  }
  writeSecret(statePath, {
    venueId: enrollment.venueId,
    code: enrollment.code,
    codeExpiresAt: enrollment.expiresAt,
  } satisfies DemoState);
  return {
    venueId: enrollment.venueId,
    venueName: enrollment.venueName,
    enrollment,
    codeReused,
    bundleSeq,
  };
}
