// The kiosk's sync client. src/app binds `createSyncClient` to the store; everything here runs
// in the window and in Node (tests, benchmarks, a simulated kiosk).
export { createSyncClient, NUDGE_DELAY_MS } from './sync-client';
export type { SyncClient, SyncClientOptions, SyncSource, UploadReport } from './sync-client';
export { windowNetwork, ALWAYS_ONLINE } from './network-watch';
export type { NetworkWatch } from './network-watch';
export type { OutboxSource, DrainResult } from './drain-outbox';
export { enrollDevice } from './enroll-device';
export { fetchTrustBundle, refreshTrustBundle } from './trust-bundle-refresh';
export type { BundleFetch, EtagStore } from './trust-bundle-refresh';
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
