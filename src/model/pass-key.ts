// The key of the pass pseudonyms (src/core/pseudonym.ts): what the kiosk keys every stored and
// sent pass identity with, so the log never holds an ID number or a QID. An enrolled kiosk
// uses its venue's secret (from the enrollment answer or /api/sync/venue-secret); a standalone
// kiosk, or an enrolled one before it has heard its venue's secret, a local random one.

export interface PassKey {
  /** 32 bytes, b64u (43 characters). */
  secret: string;
  /** 'venue': the server's secret for `venueId`; 'local': made on this device. */
  source: 'local' | 'venue';
  venueId: string | null;
  /** When this key was taken into use (epoch ms): entries before it were keyed otherwise. */
  since: number;
}
