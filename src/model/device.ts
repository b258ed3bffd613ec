// The kiosk's identity with its sync server, made at enrollment.

export interface DeviceIdentity {
  deviceId: string;
  venueId: string;
  venueName: string;
  /** b64u raw Ed25519 public key. */
  publicKey: string;
  /** Non-extractable WebCrypto key where supported; otherwise the b64u seed. */
  privateKey: CryptoKey | string;
  enrolledAt: number;
}

/** What enrollment gives the kiosk: its identity, the roots to pin, and usually a first bundle. */
export interface Enrollment {
  device: DeviceIdentity;
  roots: string[];
  bundle: string | null;
}

export type EnrollFailure = 'code-invalid' | 'code-used' | 'code-expired' | 'network' | 'server';

export type EnrollOutcome =
  { ok: true; enrollment: Enrollment } | { ok: false; reason: EnrollFailure; detail?: string };

/** What the setup wizard is told: enrolled, or why not. */
export type EnrollResult = { ok: true } | { ok: false; reason: EnrollFailure };
