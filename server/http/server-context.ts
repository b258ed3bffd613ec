// What every route needs, passed once when the app is built.
import type { Ed25519Verifier } from '../../src/core';
import type { ScryptParams } from '../accounts/passwords';
import type { AdminOps } from '../admin/admin-ops';
import type { Database } from '../db/database';
import type { DatabaseMonitor } from '../health/database-monitor';
import type { FreeSpaceGuard } from '../health/free-space';
import type { PartitionDropper } from '../privacy/retention';
import type { SecuritySink } from './security-log';
import type { RateLimiter, UploadLimits } from './upload-limits';

export interface ServerContext {
  db: Database;
  verifier: Ed25519Verifier;
  ops: AdminOps;
  adminToken: string;
  security: SecuritySink;
  now: () => number;
  limits: UploadLimits;
  rateLimiter: RateLimiter;
  freeSpace: FreeSpaceGuard;
  monitor: DatabaseMonitor;
  /** The address kiosks and invitees use (invite links, enrollment texts). */
  publicUrl: () => string;
  /** The data layer's partition primitive for retention, where there is one. */
  dropper?: PartitionDropper | null;
  /** The door-hook worker of this process, nudged when an upload queues a hook. */
  hooks?: { kick(): void };
  /** Password hashing cost; OWASP's scrypt parameters unless a test lowers them. */
  scrypt?: ScryptParams;
}

/** A header as one string (Node gives arrays for repeated headers; those are refused). */
export function headerText(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
