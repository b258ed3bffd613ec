// fake-indexeddb's package exports list no types for its side-effect entry point.
declare module 'fake-indexeddb/auto';
