/// <reference lib="webworker" />
// The kiosk's service worker: precaches the shell and the scanner so the kiosk starts and
// scans with no network. It activates a new version only when the page asks (SKIP_WAITING),
// which the page does between scans, never during a verdict.
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;
/** This build's release and data version (vite.config.ts defines them from package.json and
 * src/model/release.ts). */
declare const __APP_VERSION__: string;
declare const __SCHEMA_VERSION__: number;

/**
 * Bumped when the cache layout changes. File changes need no bump: the precache keys each
 * file by its revision and drops stale entries itself when a new worker activates.
 */
const CACHE_VERSION = 'v1';
const CACHE_PREFIX = 'kiosk';

const scope = self.registration.scope;

// Names like `kiosk-precache-v1-https://host/`: the scope keeps two kiosks on one origin apart.
setCacheNameDetails({ prefix: CACHE_PREFIX, suffix: `${CACHE_VERSION}-${scope}` });

/**
 * Never install over data this build cannot read: when the kiosk's database on this device is
 * of a newer version (a newer release ran here, and the server now serves an older one), the
 * install fails and the newer worker stays in charge.
 */
async function refuseNewerData(): Promise<void> {
  const databases = await indexedDB.databases?.().catch(() => []);
  const kiosk = databases?.find((d) => d.name === 'kiosk');
  if (kiosk?.version && kiosk.version > __SCHEMA_VERSION__)
    throw new Error(
      `kiosk data of version ${kiosk.version}; this build knows ${__SCHEMA_VERSION__}`,
    );
}
self.addEventListener('install', (event) => event.waitUntil(refuseNewerData()));

precacheAndRoute(self.__WB_MANIFEST);
// Workbox's own older precache formats.
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api\//, /^\/admin/, /^\/demo/],
  }),
);

// Our caches of earlier versions: every `kiosk-…` cache of this scope not of this version.
self.addEventListener('activate', (event) => {
  const current = new Set([cacheNames.precache, cacheNames.runtime]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter(
              (name) =>
                name.startsWith(`${CACHE_PREFIX}-`) &&
                name.endsWith(`-${scope}`) &&
                !current.has(name),
            )
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

// The first install takes the open page at once, so the scanner's lazily loaded worker is
// already served from the cache on that very first visit. An update only activates on the
// page's SKIP_WAITING, and the page reloads as soon as the new worker controls it.
clientsClaim();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The page asks a waiting worker what it is before applying it (never an older build).
  if (event.data?.type === 'GET_VERSION')
    event.ports[0]?.postMessage({ appVersion: __APP_VERSION__, schemaVersion: __SCHEMA_VERSION__ });
});
