// The kiosk's settings as stored and edited in the admin screens, and the values a fresh kiosk
// starts with. A field added in a later release reads as its default on an older record.
import type { VenuePolicy } from '../core/types';
import type { Direction } from './entry';
import type { PinHash } from './pin';

export interface Settings {
  language: 'vi' | 'en';
  venueName: string;
  policy: VenuePolicy;
  /**
   * The re-entry window: the same pass within it, after an admitted entry, is not logged again
   * (src/kiosk/reentry-rule.ts); 0 = off.
   */
  duplicateWindowSec: number;
  autoReturnAdmitSec: number;
  autoReturnOtherSec: number;
  /**
   * Seconds a review waits for the guard before it closes as "no decision" (`none`); 0 = it
   * waits until the guard decides. Never below REVIEW_TIMEOUT_MIN_SEC when set.
   */
  reviewTimeoutSec: number;
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

/** A review that closes by itself leaves the guard at least this long to check a document. */
export const REVIEW_TIMEOUT_MIN_SEC = 20;

export const DEFAULT_SETTINGS: Settings = {
  language: 'vi',
  venueName: '',
  policy: { admitColors: ['green', 'yellow'], unsigned: 'review', staleBundle: 'review' },
  duplicateWindowSec: 300,
  autoReturnAdmitSec: 3,
  autoReturnOtherSec: 6,
  reviewTimeoutSec: 0,
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
