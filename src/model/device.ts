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
  /** The name given at set-up ("Cửa chính"), sent as the enrollment's label; absent on older kiosks. */
  label?: string;
}

/** The kiosk's own key pair: b64u raw public key, and the private key as DeviceIdentity keeps it. */
export type DeviceKeyPair = Pick<DeviceIdentity, 'publicKey' | 'privateKey'>;

/**
 * An enrollment under way, stored before the request goes: if the tab closes before the
 * answer is stored, the kiosk asks again with the same code and the same key, and the server
 * answers a retry from the device that spent the code with the same device.
 */
export interface PendingEnrollment extends DeviceKeyPair {
  serverUrl: string;
  /** The canonical code (10 characters). */
  code: string;
  label: string;
  startedAt: number;
}

/** What enrollment gives the kiosk: its identity, the roots to pin, and usually a first bundle. */
export interface Enrollment {
  device: DeviceIdentity;
  roots: string[];
  bundle: string | null;
  /** The venue's pseudonym secret (b64u), when the server gave it with the answer. */
  venueSecret?: string;
}

export type EnrollFailure = 'code-invalid' | 'code-used' | 'code-expired' | 'network' | 'server';

export type EnrollOutcome =
  { ok: true; enrollment: Enrollment } | { ok: false; reason: EnrollFailure; detail?: string };

/** What the enrollment asks the server besides the code: the device's name and its key. */
export interface EnrollOptions {
  label?: string;
  key?: DeviceKeyPair;
}

/** What the setup wizard is told: enrolled, or why not. */
export type EnrollResult = { ok: true } | { ok: false; reason: EnrollFailure };
