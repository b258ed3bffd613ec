// The sync wire format, shared by the kiosk's sync client and the sync server.
export * from './entry-schema';
export * from './messages';
export * from './request-signature';
export * from './enrollment-text';
export * from './held-count';
export * from './device-reports';
