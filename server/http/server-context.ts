// What every route needs, passed once when the app is built.
import type { Ed25519Verifier } from '../../src/core';
import type { AdminOps } from '../admin/admin-ops';
import type { Database } from '../db/database';
import type { SecuritySink } from './security-log';

export interface ServerContext {
  db: Database;
  verifier: Ed25519Verifier;
  ops: AdminOps;
  adminToken: string;
  security: SecuritySink;
  now: () => number;
}

/** A header as one string (Node gives arrays for repeated headers; those are refused). */
export function headerText(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
