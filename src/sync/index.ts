// The kiosk's sync client. src/app binds `createSyncClient` to the store (as `SyncSource`);
// everything here runs in the window and in Node (tests, benchmarks, a simulated kiosk).
export { createSyncClient } from './sync-client';
export type {
  SyncClient,
  SyncClientOptions,
  SyncSource,
  SyncStatus,
  UploadReport,
} from './sync-client';
export { asSyncPort } from './sync-port';
export type { OutboxSource, SyncAck, DrainResult } from './drain-outbox';
export { enrollDevice } from './enroll-device';
export type { EnrollFailure, EnrollOutcome } from './enroll-device';
export {
  offerTrustBundle,
  fetchTrustBundle,
  refreshTrustBundle,
  pinnedRootKeys,
} from './trust-bundle-refresh';
export type { BundleFetch, EtagStore, HeldBundleAccess, OfferDeps } from './trust-bundle-refresh';
export { createDeviceKey, signWithDeviceKey } from './device-key';
export type { DeviceKey } from './device-key';
export { backoffDelay, DEFAULT_BACKOFF } from './backoff';
export { toWireEntry } from './wire-entry';
export {
  API_PATHS,
  formatEnrollmentText,
  parseEnrollmentText,
  normaliseEnrollmentCode,
  displayEnrollmentCode,
} from './wire';
