// The suite runs twice: in Node against fake-indexeddb, and in Chromium against the real
// IndexedDB, which must not be replaced. Import this first in every store test file.
if (typeof indexedDB === 'undefined') await import('fake-indexeddb/auto');

export const RUNTIME: 'node' | 'chromium' = typeof window === 'undefined' ? 'node' : 'chromium';
