// This build's release, from package.json (vite.config.ts defines __APP_VERSION__); 'dev'
// where nothing defines it (tests in Node).
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
