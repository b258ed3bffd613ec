// What an administrator can do: venues, enrollment codes, devices, trust roots and bundles.
// The one implementation behind the admin HTTP API, `kiosk venue`, `kiosk bundle publish`,
// `kiosk root` and the demo set-up of `npm start`.
import { openTrustBundle, rootKeyFrom, type Ed25519Verifier, type RootKey } from '../../src/core';
import {
  displayEnrollmentCode,
  formatEnrollmentText,
  normaliseEnrollmentCode,
} from '../../src/sync/wire';
import type { Database } from '../db/database';
import { codeState, issueCode, type CodeState } from '../store/enrollment';
import {
  addTrustRoot,
  insertBundle,
  latestBundle,
  listTrustRoots,
  type TrustRootRow,
} from '../store/trust-store';
import {
  createVenue,
  findVenue,
  listDevices,
  listVenues,
  revokeDevice,
  type DeviceRow,
  type Venue,
  type VenueSummary,
} from '../store/venues';
import { AdminError } from './admin-error';

export interface EnrollmentTicket {
  venueId: string;
  venueName: string;
  /** As shown to people: `ABCDE-FGHJK`. */
  code: string;
  expiresAt: number;
  /** The enrollment QR text: `KIOSK-ENROLL|<server URL>|<code>`. */
  text: string;
}

export interface AdminOps {
  createVenue(name: string): Promise<{ venue: Venue; enrollment: EnrollmentTicket }>;
  newEnrollmentCode(venue: string): Promise<EnrollmentTicket>;
  enrollmentCodeState(code: string): Promise<CodeState>;
  listVenues(): Promise<VenueSummary[]>;
  listDevices(venue: string): Promise<DeviceRow[]>;
  revokeDevice(deviceId: string): Promise<boolean>;
  addRoot(publicKey: string, label?: string): Promise<{ kid: string; added: boolean }>;
  listRoots(): Promise<TrustRootRow[]>;
  publishBundle(envelopeText: string): Promise<{ seq: number }>;
}

export interface AdminDeps {
  db: Database;
  verifier: Ed25519Verifier;
  /** The address kiosks use, written into enrollment QR texts (known once the server listens). */
  publicUrl: () => string;
  now?: () => number;
}

const REFUSAL_STATUS: Record<string, number> = { BUNDLE_ROLLBACK: 409 };

export function adminOps(deps: AdminDeps): AdminOps {
  const { db, verifier } = deps;
  const now = deps.now ?? Date.now;

  async function venueOrFail(idOrName: string): Promise<Venue> {
    const venue = await findVenue(db, idOrName);
    if (!venue)
      throw new AdminError(
        'VENUE_UNKNOWN',
        `no venue "${idOrName}" (give its id, or its name if unique)`,
        404,
      );
    return venue;
  }

  async function ticket(venue: Venue): Promise<EnrollmentTicket> {
    const issued = await issueCode(db, venue.id, now());
    const code = displayEnrollmentCode(issued.code);
    return {
      venueId: venue.id,
      venueName: venue.name,
      code,
      expiresAt: issued.expiresAt,
      text: formatEnrollmentText(deps.publicUrl(), issued.code),
    };
  }

  return {
    async createVenue(name) {
      const clean = name.trim().replace(/\s+/g, ' ');
      if (!clean || clean.length > 120)
        throw new AdminError('NAME_INVALID', 'a venue name is 1–120 characters');
      const venue = await createVenue(db, clean, now());
      return { venue, enrollment: await ticket(venue) };
    },
    newEnrollmentCode: async (venue) => ticket(await venueOrFail(venue)),
    async enrollmentCodeState(code) {
      const canonical = normaliseEnrollmentCode(code);
      return canonical ? codeState(db, canonical, now()) : 'unknown';
    },
    listVenues: () => listVenues(db),
    listDevices: async (venue) => listDevices(db, (await venueOrFail(venue)).id),
    revokeDevice: (deviceId) => revokeDevice(db, deviceId, now()),
    async addRoot(publicKey, label = '') {
      const root = rootKeyFrom(publicKey);
      if (!root) throw new AdminError('ROOT_INVALID', 'a root key is b64u of 32 raw bytes');
      const added = await addTrustRoot(
        db,
        { kid: root.kid, publicKey: publicKey.trim(), label },
        now(),
      );
      return { kid: root.kid, added };
    },
    listRoots: () => listTrustRoots(db),
    async publishBundle(envelopeText) {
      const roots = (await listTrustRoots(db))
        .map((r) => rootKeyFrom(r.publicKey))
        .filter((r): r is RootKey => r !== null);
      if (roots.length === 0)
        throw new AdminError(
          'NO_ROOTS',
          "no trust root is configured: add one with 'kiosk root add ROOT.pub'",
          409,
        );
      const latest = await latestBundle(db);
      // Spec §4, as a kiosk will apply it: a bundle the kiosks would refuse is never served.
      const outcome = await openTrustBundle(envelopeText, roots, latest?.seq ?? null, verifier);
      if (outcome.outcome === 'refused')
        throw new AdminError(
          outcome.code,
          `bundle refused: ${outcome.code}`,
          REFUSAL_STATUS[outcome.code] ?? 400,
        );
      if (outcome.outcome === 'same')
        throw new AdminError(
          'BUNDLE_NOT_NEWER',
          `seq ${outcome.bundle.seq} is already published`,
          409,
        );
      const { seq, rootKid } = outcome.bundle;
      const envelope = JSON.stringify(JSON.parse(envelopeText));
      if (!(await insertBundle(db, { seq, envelope, rootKid, publishedAt: now() }))) {
        throw new AdminError(
          'BUNDLE_NOT_NEWER',
          `a bundle with seq ≥ ${seq} was published meanwhile`,
          409,
        );
      }
      return { seq };
    },
  };
}
