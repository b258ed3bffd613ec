// What the operator can do: venues, enrollment codes, devices, trust roots and bundles, user
// accounts (invites, resets, disabling), retention, door hooks and erasing a venue. The one
// implementation behind the admin HTTP API, the operator's page, `kiosk venue`, `kiosk user`,
// `kiosk bundle publish`, `kiosk root` and the demo set-up of `npm start`. Changes to
// accounts, retention, hooks and erasure are written to the audit log under `actor`.
import { rootKeyFrom, type Ed25519Verifier } from '../../src/core';
import {
  displayEnrollmentCode,
  formatEnrollmentText,
  normaliseEnrollmentCode,
} from '../../src/sync/wire';
import { createInvite, DEFAULT_INVITE_MINUTES, MAX_INVITE_MINUTES } from '../accounts/invites';
import { isRole, normaliseLogin, type Role } from '../accounts/roles';
import { disableUser, findByLogin, listUsers, type UserRow } from '../accounts/users';
import type { Database } from '../db/database';
import { hookUrl, removeDoorHook, setDoorHook } from '../door-hook/door-hooks';
import { ADMIN_TOKEN_ACTOR, audit, type AuditActor } from '../privacy/audit-log';
import { eraseVenue } from '../privacy/erasure';
import { runRetention, type PartitionDropper } from '../privacy/retention';
import {
  maxRetentionDays,
  RETENTION_CEILING_DAYS,
  setMaxRetentionDays,
} from '../store/server-settings';
import { codeState, issueCode, type CodeState } from '../store/enrollment';
import {
  addTrustRoot,
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
  setRetentionDays,
  type DeviceRow,
  type Venue,
  type VenueSummary,
} from '../store/venues';
import { bundleUptake, type BundleUptake } from '../store/bundle-uptake';
import { AdminError } from './admin-error';
import { publishBundle, type PublishResult } from './publish-bundle';

export interface EnrollmentTicket {
  venueId: string;
  venueName: string;
  /** As shown to people: `ABCDE-FGHJK`. */
  code: string;
  expiresAt: number;
  /** The enrollment QR text: `KIOSK-ENROLL|<server URL>|<code>`. */
  text: string;
}

export interface InviteLink {
  /** `<server URL>/invite/<token>`: works once, until expiresAt. */
  link: string;
  expiresAt: number;
  role: Role;
  venueIds: string[];
  login: string | null;
}

export interface InviteRequest {
  role: string;
  /** Venue ids or unique names (owners only). */
  venues?: string[];
  login?: string;
  minutes?: number;
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
  /** Publishes, applying root rotation; says how many kiosks hold it already (few, at once). */
  publishBundle(envelopeText: string): Promise<PublishResult>;
  /** How many kiosks have taken the latest bundle; null when none is published. */
  bundleUptake(): Promise<BundleUptake | null>;
  inviteUser(request: InviteRequest): Promise<InviteLink>;
  /** A one-time link that sets a new password for this login. */
  resetUser(login: string, minutes?: number): Promise<InviteLink>;
  listUsers(): Promise<UserRow[]>;
  disableUser(login: string): Promise<boolean>;
  setRetention(venue: string, days: number): Promise<{ days: number }>;
  setMaxRetention(days: number): Promise<{ days: number }>;
  runRetention(): Promise<{ deleted: number }>;
  /** Sets the venue's door hook; the answer holds its signing secret, shown this once. */
  setDoorHook(venue: string, url: string): Promise<{ url: string; secret: string }>;
  removeDoorHook(venue: string): Promise<boolean>;
  eraseVenue(venue: string): Promise<{ entries: number }>;
}

export interface AdminDeps {
  db: Database;
  verifier: Ed25519Verifier;
  /** The address kiosks use, written into enrollment QR texts (known once the server listens). */
  publicUrl: () => string;
  now?: () => number;
  /** Who the audit log names; the admin token (CLI, API) unless a page passes its operator. */
  actor?: AuditActor;
  /** The data layer's partition primitive for retention, where there is one. */
  dropper?: PartitionDropper | null;
}

export function adminOps(deps: AdminDeps): AdminOps {
  const { db, verifier } = deps;
  const now = deps.now ?? Date.now;
  const actor = deps.actor ?? ADMIN_TOKEN_ACTOR;

  async function invite(
    spec: { role: Role; venueIds: string[]; login: string | null; userId: string | null },
    minutes: number | undefined,
  ): Promise<InviteLink> {
    const m = minutes ?? DEFAULT_INVITE_MINUTES;
    if (!Number.isSafeInteger(m) || m < 1 || m > MAX_INVITE_MINUTES)
      throw new AdminError('MINUTES_INVALID', `an invite lasts 1–${MAX_INVITE_MINUTES} minutes`);
    const made = await createInvite(db, { ...spec, createdBy: actor.login }, now(), m);
    await audit(
      db,
      actor,
      {
        action: spec.userId ? 'user.reset' : 'user.invite',
        venueIds: spec.venueIds,
        detail: { role: spec.role, login: spec.login, minutes: m },
      },
      now(),
    );
    return {
      link: `${deps.publicUrl()}/invite/${made.token}`,
      expiresAt: made.expiresAt,
      role: spec.role,
      venueIds: spec.venueIds,
      login: spec.login,
    };
  }

  async function userOrFail(login: string): Promise<UserRow> {
    const found = await findByLogin(db, normaliseLogin(login) ?? login);
    if (!found) throw new AdminError('USER_UNKNOWN', `no user "${login}"`, 404);
    return found.user;
  }

  function checkRetentionDays(days: number, max: number): void {
    if (!Number.isSafeInteger(days) || days < 1 || days > max)
      throw new AdminError('RETENTION_INVALID', `retention is 1–${max} days`);
  }

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
    publishBundle: (envelopeText) => publishBundle(db, verifier, envelopeText, now()),
    async bundleUptake() {
      const latest = await latestBundle(db);
      return latest ? bundleUptake(db, latest.seq) : null;
    },
    async inviteUser(request) {
      if (!isRole(request.role))
        throw new AdminError('ROLE_INVALID', 'a role is operator, owner or authority');
      const login = request.login ? normaliseLogin(request.login) : null;
      if (request.login && !login)
        throw new AdminError('LOGIN_INVALID', 'a login is 3–64 of a-z 0-9 . _ - @');
      if (login && (await findByLogin(db, login)))
        throw new AdminError('LOGIN_TAKEN', `the login "${login}" exists already`, 409);
      const venues = request.role === 'owner' ? (request.venues ?? []) : [];
      if (request.role === 'owner' && venues.length === 0)
        throw new AdminError('VENUE_MISSING', 'an owner needs at least one venue (--venue V)');
      if (request.role !== 'owner' && (request.venues ?? []).length > 0)
        throw new AdminError('VENUE_NOT_ALLOWED', 'only owners have venues');
      const venueIds = [];
      for (const v of venues) venueIds.push((await venueOrFail(v)).id);
      return invite(
        { role: request.role, venueIds: [...new Set(venueIds)], login, userId: null },
        request.minutes,
      );
    },
    async resetUser(login, minutes) {
      const user = await userOrFail(login);
      if (user.disabledAt !== null)
        throw new AdminError('USER_DISABLED', `"${user.login}" is disabled`, 409);
      return invite(
        { role: user.role, venueIds: user.venueIds, login: user.login, userId: user.id },
        minutes,
      );
    },
    listUsers: () => listUsers(db),
    async disableUser(login) {
      const user = await userOrFail(login);
      const done = await disableUser(db, user.id, now());
      if (done)
        await audit(
          db,
          actor,
          { action: 'user.disable', venueIds: user.venueIds, detail: { login: user.login } },
          now(),
        );
      return done;
    },
    async setRetention(venueRef, days) {
      const venue = await venueOrFail(venueRef);
      checkRetentionDays(days, await maxRetentionDays(db));
      await setRetentionDays(db, venue.id, days);
      await audit(
        db,
        actor,
        { action: 'venue.retention', venueIds: [venue.id], detail: { days } },
        now(),
      );
      return { days };
    },
    async setMaxRetention(days) {
      checkRetentionDays(days, RETENTION_CEILING_DAYS);
      await setMaxRetentionDays(db, days);
      await audit(db, actor, { action: 'venue.retention', detail: { maxDays: days } }, now());
      return { days };
    },
    async runRetention() {
      const run = await runRetention(db, { now: now(), dropper: deps.dropper ?? null });
      return { deleted: run.deleted };
    },
    async setDoorHook(venueRef, url) {
      const venue = await venueOrFail(venueRef);
      const clean = hookUrl(url);
      if (!clean)
        throw new AdminError('URL_INVALID', 'a door hook URL is http(s), without user info');
      const hook = await setDoorHook(db, venue.id, clean, now());
      await audit(
        db,
        actor,
        { action: 'hook.set', venueIds: [venue.id], detail: { url: clean } },
        now(),
      );
      return { url: hook.url, secret: hook.secret };
    },
    async removeDoorHook(venueRef) {
      const venue = await venueOrFail(venueRef);
      const removed = await removeDoorHook(db, venue.id);
      if (removed) await audit(db, actor, { action: 'hook.remove', venueIds: [venue.id] }, now());
      return removed;
    },
    async eraseVenue(venueRef) {
      const venue = await venueOrFail(venueRef);
      const erased = await eraseVenue(db, actor, venue.id, now());
      if (!erased) throw new AdminError('VENUE_UNKNOWN', 'the venue was erased already', 404);
      return erased;
    },
  };
}
