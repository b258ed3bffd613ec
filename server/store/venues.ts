// Venues (a shop, an office door) and their devices, as the pages and the CLI see them. An
// erased venue keeps its row (the audit log names it) but is listed nowhere.
import { uuidv7 } from '../../src/core';
import type { Queryable } from '../db/database';

export interface Venue {
  id: string;
  name: string;
  createdAt: number;
  /** How long its entries are kept (days); the operator's maximum caps it. */
  retentionDays: number;
}

export interface VenueSummary extends Venue {
  /** Devices not revoked. Entries are not counted here: that would read every venue's log. */
  devices: number;
}

export interface DeviceRow {
  id: string;
  venueId: string;
  label: string;
  enrolledAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

export const DEFAULT_RETENTION_DAYS = 30;

type VenueRaw = { id: string; name: string; created_at: number; retention_days: number };
const toVenue = (r: VenueRaw): Venue => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  retentionDays: r.retention_days,
});

export async function createVenue(db: Queryable, name: string, now: number): Promise<Venue> {
  const venue = { id: uuidv7(now), name, createdAt: now, retentionDays: DEFAULT_RETENTION_DAYS };
  await db.query(
    'INSERT INTO venues (id, name, created_at, retention_days) VALUES ($1, $2, $3, $4)',
    [venue.id, venue.name, venue.createdAt, venue.retentionDays],
  );
  return venue;
}

/** A venue that is not erased. */
export async function getVenue(db: Queryable, id: string): Promise<Venue | null> {
  const [row] = await db.query<VenueRaw>(
    'SELECT id, name, created_at, retention_days FROM venues WHERE id = $1 AND erased_at IS NULL',
    [id],
  );
  return row ? toVenue(row) : null;
}

/** A venue by id, or by its exact name when that name is unique. */
export async function findVenue(db: Queryable, idOrName: string): Promise<Venue | null> {
  const byId = await getVenue(db, idOrName);
  if (byId) return byId;
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM venues WHERE name = $1 AND erased_at IS NULL LIMIT 2',
    [idOrName],
  );
  return rows.length === 1 ? getVenue(db, rows[0]!.id) : null;
}

/** Venues not erased; only those in `ids` when given (an owner's). */
export async function listVenues(
  db: Queryable,
  ids: readonly string[] | null = null,
): Promise<VenueSummary[]> {
  const rows = await db.query<VenueRaw & { devices: number }>(
    `SELECT v.id, v.name, v.created_at, v.retention_days,
            (SELECT count(*) FROM devices d WHERE d.venue_id = v.id AND d.revoked_at IS NULL) AS devices
       FROM venues v WHERE v.erased_at IS NULL ${ids ? 'AND v.id = ANY($1::text[])' : ''}
      ORDER BY v.name, v.id`,
    ids ? [[...ids]] : [],
  );
  return rows.map((r) => ({ ...toVenue(r), devices: r.devices }));
}

type DeviceRaw = {
  id: string;
  venue_id: string;
  label: string;
  enrolled_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
};
const toDevice = (r: DeviceRaw): DeviceRow => ({
  id: r.id,
  venueId: r.venue_id,
  label: r.label,
  enrolledAt: r.enrolled_at,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

export async function listDevices(db: Queryable, venueId: string): Promise<DeviceRow[]> {
  const rows = await db.query<DeviceRaw>(
    'SELECT id, venue_id, label, enrolled_at, last_seen_at, revoked_at FROM devices WHERE venue_id = $1 ORDER BY enrolled_at',
    [venueId],
  );
  return rows.map(toDevice);
}

export async function getDevice(db: Queryable, deviceId: string): Promise<DeviceRow | null> {
  const [row] = await db.query<DeviceRaw>(
    'SELECT id, venue_id, label, enrolled_at, last_seen_at, revoked_at FROM devices WHERE id = $1',
    [deviceId],
  );
  return row ? toDevice(row) : null;
}

/** A revoked device's requests are refused from now on; its entries stay. */
export async function revokeDevice(db: Queryable, deviceId: string, now: number): Promise<boolean> {
  const rows = await db.query(
    'UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
    [deviceId, now],
  );
  return rows.length > 0;
}

export async function renameDevice(db: Queryable, deviceId: string, label: string): Promise<void> {
  await db.query('UPDATE devices SET label = $2 WHERE id = $1', [deviceId, label]);
}

export async function setRetentionDays(
  db: Queryable,
  venueId: string,
  days: number,
): Promise<void> {
  await db.query('UPDATE venues SET retention_days = $2 WHERE id = $1', [venueId, days]);
}
