// The window side's vocabulary: the records the kiosk keeps and the outcomes its parts hand
// each other. Types and constants only, no DOM and no Node: every other layer of the window
// depends on this one, and it depends on nothing but the core's types.
export * from './entry';
export * from './settings';
export * from './pin';
export * from './device';
export * from './trust';
export * from './store-error';
export * from './counts';
export * from './sync-state';
export * from './check-in';
export * from './release';
export * from './storage-state';
export * from './kiosk-data';
export * from './pass-key';
export type { Store } from './store';
