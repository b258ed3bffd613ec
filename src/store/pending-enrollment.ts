// The enrollment under way (src/model/device.ts), kept in the `device` store beside the
// identity it becomes, under its own key: written before the request goes, removed once the
// identity is stored or the server refused the code for good.
import type { PendingEnrollment } from '../model';
import type { KioskDb } from './schema';
import { runWrite } from './write-tx';

/** The `device` store's key for the enrollment under way (the identity is under CURRENT). */
export const PENDING_ENROLLMENT = 'enrolling';

const isPending = (value: unknown): value is PendingEnrollment =>
  typeof value === 'object' && value !== null && 'code' in value && 'serverUrl' in value;

export async function getPendingEnrollment(db: KioskDb): Promise<PendingEnrollment | null> {
  const value = await db.get('device', PENDING_ENROLLMENT);
  return isPending(value) ? value : null;
}

/** 'strict': the key must be on disk before the server may tie a device to it. */
export async function putPendingEnrollment(db: KioskDb, pending: PendingEnrollment): Promise<void> {
  await runWrite(db, ['device'], (tx) => tx.store.put(pending, PENDING_ENROLLMENT), 'strict');
}

export async function clearPendingEnrollment(db: KioskDb): Promise<void> {
  await runWrite(db, ['device'], (tx) => tx.store.delete(PENDING_ENROLLMENT));
}
