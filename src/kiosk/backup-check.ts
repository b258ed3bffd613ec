// Reading the parts of a backup file, which is as hostile as any file handed to the kiosk: a
// field of the wrong type is refused with its name, unknown fields are dropped, and a setting
// the file lacks takes its default. Entries are checked by the wire's own rule (the same one
// the server applies), given by the caller.
import {
  DEFAULT_SETTINGS,
  DEFAULT_SYNC_STATE,
  type Entry,
  type HeldBundle,
  type PinHash,
  type Settings,
  type SyncState,
} from '../model';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (reason: string): Checked<never> => ({ ok: false, reason });

function isPinHash(v: unknown): v is PinHash {
  return (
    isObject(v) && isText(v.salt, 200) && isText(v.hash, 200) && Number.isSafeInteger(v.iterations)
  );
}

/** Each setting of the right type, or the reason naming the first one that is not. */
const SETTING_CHECKS: { [K in keyof Settings]: (v: unknown) => boolean } = {
  language: (v) => v === 'vi' || v === 'en',
  venueName: (v) => isText(v, 200),
  policy: (v) =>
    isObject(v) &&
    Array.isArray(v.admitColors) &&
    v.admitColors.every((c) => c === 'green' || c === 'yellow' || c === 'red') &&
    ['admit', 'review', 'deny'].includes(v.unsigned as string) &&
    ['admit', 'review', 'deny'].includes(v.staleBundle as string),
  duplicateWindowSec: isTime,
  autoReturnAdmitSec: isTime,
  autoReturnOtherSec: isTime,
  reviewTimeoutSec: isTime,
  capacity: (v) => v === null || isTime(v),
  retentionDays: isTime,
  sounds: (v) => typeof v === 'boolean',
  vibration: (v) => typeof v === 'boolean',
  cameraId: (v) => v === null || isText(v, 500),
  direction: (v) => v === 'in' || v === 'out',
  pinnedRoots: (v) => Array.isArray(v) && v.length <= 20 && v.every((k) => isText(k, 64)),
  adminPin: (v) => v === null || isPinHash(v),
  syncServer: (v) => v === null || isText(v, 500),
  setupDone: (v) => typeof v === 'boolean',
};

export function checkSettings(value: unknown): Checked<Settings> {
  if (!isObject(value)) return bad('settings: missing');
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, check] of Object.entries(SETTING_CHECKS)) {
    if (!(key in value)) continue;
    if (!check(value[key])) return bad(`settings.${key}: not valid`);
    settings[key] = value[key];
  }
  return ok(settings as unknown as Settings);
}

export function checkBundle(value: unknown): Checked<HeldBundle | null> {
  if (value === null || value === undefined) return ok(null);
  if (!isObject(value)) return bad('bundle: not an object');
  const { envelope, seq, receivedAt, lastRefusal } = value;
  if (!isText(envelope, 5_000_000) || !isTime(seq) || !isTime(receivedAt))
    return bad('bundle: envelope, seq or receivedAt not valid');
  const refusal =
    isObject(lastRefusal) && isText(lastRefusal.code, 60) && isTime(lastRefusal.at)
      ? { code: lastRefusal.code, at: lastRefusal.at }
      : null;
  return ok({ envelope, seq, receivedAt, lastRefusal: refusal });
}

/** Lenient: the sync record is advice (when it last worked); a bad one reads as a fresh one. */
export function readSyncState(value: unknown): SyncState {
  if (!isObject(value)) return DEFAULT_SYNC_STATE;
  const time = (v: unknown) => (isTime(v) ? v : null);
  return {
    lastSuccessAt: time(value.lastSuccessAt),
    lastAttemptAt: time(value.lastAttemptAt),
    lastError: null,
    consecutiveFailures: 0,
    bundleEtag: isText(value.bundleEtag, 200) ? value.bundleEtag : null,
  };
}

/** Entries: each by `checkEntry` (the wire's rule) plus its `syncedAt`, ids once each. */
export function checkEntries(
  value: unknown,
  checkEntry: (wire: unknown) => Checked<unknown>,
): Checked<Entry[]> {
  if (!Array.isArray(value)) return bad('entries: not a list');
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isObject(item)) return bad(`entries[${i}]: not an object`);
    const { syncedAt, ...wire } = item;
    if (syncedAt !== null && !isTime(syncedAt)) return bad(`entries[${i}].syncedAt: not valid`);
    const checked = checkEntry(wire);
    if (!checked.ok) return bad(`entries[${i}].${checked.reason}`);
    if (seen.has(wire.id as string)) return bad(`entries[${i}].id: repeated`);
    seen.add(wire.id as string);
  }
  return ok(value as Entry[]);
}
