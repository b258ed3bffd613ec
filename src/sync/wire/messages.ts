// The sync API's request and response bodies, and their checks. The server checks what
// kiosks send; the kiosk checks what the server answers (it marks entries synced only from a
// well-formed answer that lists them).
import { isVenueSecretText } from './device-reports';
import { checkWireEntry, type Checked, type WireEntry } from './entry-schema';

/** The API's paths, relative to the server's base URL. */
export const API_PATHS = {
  enroll: '/api/enroll',
  upload: '/api/sync/entries',
  bundle: '/api/bundle',
} as const;

/** The largest upload batch: the kiosk's outbox reads at most this many entries at once. */
export const MAX_BATCH_ENTRIES = 500;
/** The largest upload body the server reads; a full batch is about a third of it. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

export interface UploadRequest {
  entries: WireEntry[];
}

/**
 * `DECISION_CONFLICT`: the server holds another decision (the first one stands).
 * `ENTRY_DIFFERS`: the server holds this id with other content (entries are immutable).
 * `ID_TAKEN`: another device uploaded this id; the server does not hold it for you.
 */
export type ConflictKind = 'DECISION_CONFLICT' | 'ENTRY_DIFFERS' | 'ID_TAKEN';

export interface UploadResponse {
  /** Ids of this batch the server now holds for this device: the only ones a kiosk marks synced. */
  held: string[];
  conflicts: { id: string; kind: ConflictKind }[];
  /** New rows, and rows whose decision this batch set: nothing else changes a count. */
  inserted: number;
  updated: number;
}

export interface EnrollRequest {
  code: string;
  /** b64u raw Ed25519 public key of the new device. */
  publicKey: string;
  /** b64u Ed25519 signature over `enrollmentProofText(code, publicKey)`. */
  proof: string;
  label?: string;
}

export interface EnrollResponse {
  venueId: string;
  venueName: string;
  deviceId: string;
  /** b64u raw root public keys the kiosk pins. */
  roots: string[];
  /** The current trust bundle envelope (JSON text), or null when none is published yet. */
  bundle: string | null;
  /**
   * b64u of the venue's 32-byte pseudonym secret (src/core/pseudonym.ts): the kiosk keys
   * every passId with it before storing. Absent from older servers; a kiosk enrolled without
   * it asks for it at /api/sync/venue-secret.
   */
  venueSecret?: string;
}

/** Every refusal carries a code for programs and a reason for people. */
export interface ErrorBody {
  error: string;
  reason: string;
  /** On authentication refusals: the server's clock, so a kiosk can correct its own. */
  serverTime?: number;
  /** On a refused batch: the entry at fault, so the kiosk can set it aside and go on. */
  id?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A batch of 1–500 well-formed entries with distinct ids; the reason names the first fault. */
export function checkUploadRequest(value: unknown): Checked<UploadRequest> & { id?: string } {
  if (!isObject(value) || !Array.isArray(value.entries))
    return { ok: false, reason: 'entries: missing' };
  const { entries } = value;
  if (entries.length === 0) return { ok: false, reason: 'entries: empty' };
  if (entries.length > MAX_BATCH_ENTRIES)
    return { ok: false, reason: `entries: more than ${MAX_BATCH_ENTRIES}` };
  const seen = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const checked = checkWireEntry(entries[i]);
    const rawId = (entries[i] as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId.slice(0, 40) : undefined;
    if (!checked.ok)
      return { ok: false, reason: `entries[${i}].${checked.reason}`, ...(id ? { id } : {}) };
    if (seen.has(checked.value.id))
      return { ok: false, reason: `entries[${i}].id: repeated in the batch`, id: checked.value.id };
    seen.add(checked.value.id);
  }
  return { ok: true, value: { entries: entries as WireEntry[] } };
}

/** The server's answer, trusted only for ids the kiosk actually sent. */
export function checkUploadResponse(
  value: unknown,
  sent: ReadonlySet<string>,
): Checked<UploadResponse> {
  if (!isObject(value) || !Array.isArray(value.held) || !Array.isArray(value.conflicts)) {
    return { ok: false, reason: 'not an upload answer' };
  }
  const held = value.held.filter((id): id is string => typeof id === 'string' && sent.has(id));
  const conflicts = value.conflicts.flatMap((c) =>
    isObject(c) && typeof c.id === 'string' && sent.has(c.id) && typeof c.kind === 'string'
      ? [{ id: c.id, kind: c.kind as ConflictKind }]
      : [],
  );
  const count = (v: unknown) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : 0);
  return {
    ok: true,
    value: { held, conflicts, inserted: count(value.inserted), updated: count(value.updated) },
  };
}

export function checkEnrollRequest(value: unknown): Checked<EnrollRequest> {
  if (!isObject(value)) return { ok: false, reason: 'not an object' };
  if (!isString(value.code, 40)) return { ok: false, reason: 'code: missing' };
  if (!isString(value.publicKey, 43) || value.publicKey.length !== 43)
    return { ok: false, reason: 'publicKey: not 32 bytes b64u' };
  if (!isString(value.proof, 86) || value.proof.length !== 86)
    return { ok: false, reason: 'proof: not 64 bytes b64u' };
  if (value.label !== undefined && !isString(value.label, 80))
    return { ok: false, reason: 'label: over 80 characters' };
  const { code, publicKey, proof, label } = value;
  return {
    ok: true,
    value: { code, publicKey, proof, ...(typeof label === 'string' ? { label } : {}) },
  };
}

export function checkEnrollResponse(value: unknown): Checked<EnrollResponse> {
  if (!isObject(value)) return { ok: false, reason: 'not an object' };
  const { venueId, venueName, deviceId, roots, bundle } = value;
  if (!isString(venueId, 80) || !isString(venueName, 200) || !isString(deviceId, 80)) {
    return { ok: false, reason: 'venue or device missing' };
  }
  if (!Array.isArray(roots) || !roots.every((r) => isString(r, 64)))
    return { ok: false, reason: 'roots: not a list of keys' };
  if (bundle !== null && typeof bundle !== 'string')
    return { ok: false, reason: 'bundle: not a text' };
  const { venueSecret } = value;
  if (venueSecret !== undefined && !isVenueSecretText(venueSecret))
    return { ok: false, reason: 'venueSecret: not 32 bytes b64u' };
  return {
    ok: true,
    value: {
      venueId,
      venueName,
      deviceId,
      roots: roots as string[],
      bundle,
      ...(venueSecret !== undefined ? { venueSecret } : {}),
    },
  };
}

/** Reads an error body leniently: any answer that is not ours still yields a code. */
export function readErrorBody(value: unknown, status: number): ErrorBody {
  if (isObject(value) && typeof value.error === 'string') {
    const serverTime = Number.isSafeInteger(value.serverTime)
      ? (value.serverTime as number)
      : undefined;
    return {
      error: value.error.slice(0, 60),
      reason: typeof value.reason === 'string' ? value.reason.slice(0, 300) : '',
      ...(serverTime !== undefined ? { serverTime } : {}),
      ...(typeof value.id === 'string' ? { id: value.id.slice(0, 40) } : {}),
    };
  }
  return { error: `HTTP_${status}`, reason: '' };
}
