// What this build is, as far as the data it keeps is concerned. The version of the IndexedDB
// layout it reads and writes (one upgrade step per version, src/store/upgrade.ts): a build
// never opens, and its service worker never installs over, data of a higher version, which
// only a newer release can read. The service worker is built with the same number
// (vite.config.ts defines __SCHEMA_VERSION__ from here).
export const SCHEMA_VERSION = 4;

/**
 * The data on this device was written by a newer release than this build (a rollback on the
 * server, or an older tab): starting would fail on every read, so the kiosk refuses and says
 * what to do. `dataVersion` is null where the browser cannot tell it.
 */
export class NewerDataError extends Error {
  constructor(
    readonly dataVersion: number | null,
    readonly buildVersion: number,
  ) {
    super(`The kiosk's data is of version ${dataVersion ?? '?'}; this build knows ${buildVersion}`);
    this.name = 'NewerDataError';
  }
}
