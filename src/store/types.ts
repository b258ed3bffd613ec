// The kiosk's durable records, as stored in IndexedDB and uploaded to the sync server.
// This file is the contract between the store, the check-in pipeline, the UI and sync.
import type { VenuePolicy } from '../core';

export type { Direction, Entry, EntrySource, GuardDecision } from './entry';
export { wasAdmitted } from './entry';
import type { Direction } from './entry';

export interface PinHash {
  /** PBKDF2-SHA-256 */
  salt: string;
  hash: string;
  iterations: number;
}

export interface Settings {
  language: 'vi' | 'en';
  venueName: string;
  policy: VenuePolicy;
  duplicateWindowSec: number;
  autoReturnAdmitSec: number;
  autoReturnOtherSec: number;
  /** People inside at once; null = no limit. */
  capacity: number | null;
  retentionDays: number;
  sounds: boolean;
  vibration: boolean;
  /** A camera deviceId, or null for the back camera. */
  cameraId: string | null;
  direction: Direction;
  /** b64u raw Ed25519 root public keys pinned at set-up. */
  pinnedRoots: string[];
  adminPin: PinHash | null;
  /** Base URL of the sync server, or null when standalone. */
  syncServer: string | null;
  setupDone: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'vi',
  venueName: '',
  policy: { admitColors: ['green', 'yellow'], unsigned: 'review', staleBundle: 'review' },
  duplicateWindowSec: 10,
  autoReturnAdmitSec: 3,
  autoReturnOtherSec: 6,
  capacity: null,
  retentionDays: 21,
  sounds: true,
  vibration: true,
  cameraId: null,
  direction: 'in',
  pinnedRoots: [],
  adminPin: null,
  syncServer: null,
  setupDone: false,
};

/** The trust bundle as held: the signed envelope (re-opened at start) and what we know of it. */
export interface HeldBundle {
  envelope: string;
  seq: number;
  receivedAt: number;
  /** The last bundle offered and refused, with its reason, for the settings screen. */
  lastRefusal: { code: string; at: number } | null;
}

export interface DeviceIdentity {
  deviceId: string;
  venueId: string;
  venueName: string;
  /** b64u raw Ed25519 public key. */
  publicKey: string;
  /** Non-extractable WebCrypto key where supported; otherwise the b64u seed. */
  privateKey: CryptoKey | string;
  enrolledAt: number;
}

export interface SyncState {
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: string | null;
  consecutiveFailures: number;
  bundleEtag: string | null;
}

export interface PinLock {
  failures: number;
  lockedUntil: number | null;
}

/** A write that did not happen; the verdict screen must say the entry was not saved. */
export class StoreError extends Error {
  constructor(
    readonly kind: 'quota' | 'write' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The live figures for the status bar; structurally the `Counters` of src/app/services.ts. */
export interface EntryCounters {
  /** Entries logged in the day, all verdicts. */
  today: number;
  /** People who went in minus people who went out that day (admitted entries), never below 0. */
  inside: number;
  /** Entries not yet acknowledged by the server (all days). */
  pending: number;
}

/**
 * A time range's figures for the admin log. `admit`/`review`/`deny` count entries by verdict;
 * `admitted` counts people let through (`wasAdmitted`), split by direction into `in` and `out`,
 * so `in - out` is the same head-count the status bar shows as `inside`.
 */
export interface EntryTotals {
  admit: number;
  review: number;
  deny: number;
  admitted: number;
  in: number;
  out: number;
}

/** What a retention purge did: synced entries deleted, and old unsynced ones it refused to drop. */
export interface PurgeResult {
  deleted: number;
  keptUnsynced: number;
}
