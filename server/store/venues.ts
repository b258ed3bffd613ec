// Venues (a shop, an office door) and their devices, as the owner page and the CLI see them.
import { uuidv7 } from '../../src/core';
import type { Queryable } from '../db/database';

export interface Venue {
  id: string;
  name: string;
  createdAt: number;
}

export interface VenueSummary extends Venue {
  devices: number;
  entries: number;
}

export interface DeviceRow {
  id: string;
  venueId: string;
  label: string;
  enrolledAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

export async function createVenue(db: Queryable, name: string, now: number): Promise<Venue> {
  const venue = { id: uuidv7(now), name, createdAt: now };
  await db.query('INSERT INTO venues (id, name, created_at) VALUES ($1, $2, $3)', [
    venue.id,
    venue.name,
    venue.createdAt,
  ]);
  return venue;
}

export async function getVenue(db: Queryable, id: string): Promise<Venue | null> {
  const [row] = await db.query<{ id: string; name: string; created_at: number }>(
    'SELECT id, name, created_at FROM venues WHERE id = $1',
    [id],
  );
  return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
}

/** A venue by id, or by its exact name when that name is unique. */
export async function findVenue(db: Queryable, idOrName: string): Promise<Venue | null> {
  const byId = await getVenue(db, idOrName);
  if (byId) return byId;
  const rows = await db.query<{ id: string }>('SELECT id FROM venues WHERE name = $1 LIMIT 2', [
    idOrName,
  ]);
  return rows.length === 1 ? getVenue(db, rows[0]!.id) : null;
}

/** Venues by name, nothing counted: what a page request may afford at any size. */
export async function listVenueNames(db: Queryable): Promise<Venue[]> {
  const rows = await db.query<{ id: string; name: string; created_at: number }>(
    'SELECT id, name, created_at FROM venues ORDER BY name, id',
  );
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

/** With devices and entries counted: for the operator's CLI (`kiosk venue list`), not pages. */
export async function listVenues(db: Queryable): Promise<VenueSummary[]> {
  const rows = await db.query<{
    id: string;
    name: string;
    created_at: number;
    devices: number;
    entries: number;
  }>(
    `SELECT v.id, v.name, v.created_at,
            (SELECT count(*) FROM devices d WHERE d.venue_id = v.id AND d.revoked_at IS NULL) AS devices,
            (SELECT count(*) FROM entries e WHERE e.venue_id = v.id) AS entries
       FROM venues v ORDER BY v.name, v.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    devices: r.devices,
    entries: r.entries,
  }));
}

export async function listDevices(db: Queryable, venueId: string): Promise<DeviceRow[]> {
  const rows = await db.query<{
    id: string;
    venue_id: string;
    label: string;
    enrolled_at: number;
    last_seen_at: number | null;
    revoked_at: number | null;
  }>(
    'SELECT id, venue_id, label, enrolled_at, last_seen_at, revoked_at FROM devices WHERE venue_id = $1 ORDER BY enrolled_at',
    [venueId],
  );
  return rows.map((r) => ({
    id: r.id,
    venueId: r.venue_id,
    label: r.label,
    enrolledAt: r.enrolled_at,
    lastSeenAt: r.last_seen_at,
    revokedAt: r.revoked_at,
  }));
}

/** A revoked device's requests are refused from now on; its entries stay. */
export async function revokeDevice(db: Queryable, deviceId: string, now: number): Promise<boolean> {
  const rows = await db.query(
    'UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
    [deviceId, now],
  );
  return rows.length > 0;
}
