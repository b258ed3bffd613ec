// How many entries the server holds for a device of the asking device's venue: what a kiosk
// set up again after its storage was wiped tells the guard (the old device's key went with the
// wipe, so the new device asks about the old one). A signed request, like an upload.

export const HELD_COUNT_PATH = '/api/sync/held-count';

export interface HeldCountRequest {
  deviceId: string;
}

export interface HeldCountResponse {
  deviceId: string;
  /** Entries the server holds for that device. */
  entries: number;
  /** The newest one's time, or null when there are none. */
  lastAt: number | null;
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isDeviceId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= 80;

export function checkHeldCountRequest(value: unknown): Checked<HeldCountRequest> {
  if (!isObject(value) || !isDeviceId(value.deviceId)) return { ok: false, reason: 'deviceId' };
  return { ok: true, value: { deviceId: value.deviceId } };
}

export function checkHeldCountResponse(value: unknown): Checked<HeldCountResponse> {
  if (!isObject(value) || !isDeviceId(value.deviceId)) return { ok: false, reason: 'deviceId' };
  const { entries, lastAt } = value;
  if (!Number.isSafeInteger(entries) || (entries as number) < 0)
    return { ok: false, reason: 'entries' };
  if (lastAt !== null && !Number.isSafeInteger(lastAt)) return { ok: false, reason: 'lastAt' };
  return {
    ok: true,
    value: {
      deviceId: value.deviceId,
      entries: entries as number,
      lastAt: lastAt as number | null,
    },
  };
}
