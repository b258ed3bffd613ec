// Authenticates a signed sync request (see src/sync/wire/request-signature.ts). Checks run
// cheapest first. The nonce is not recorded here but by the caller, after the signature
// verified (so forged requests cannot fill the nonce table) and in the same transaction as
// the request's writes (one commit per request).
import { createHash } from 'node:crypto';
import { decodeB64uExact, type Ed25519Verifier } from '../../src/core';
import { MAX_CLOCK_SKEW_MS, readSignatureHeaders, signingBytes } from '../../src/sync/wire';
import type { Database } from '../db/database';
import { getDeviceKey, type DeviceKeyRow } from '../store/device-keys';

export type AuthRefusal =
  | 'AUTH_MISSING'
  | 'TIMESTAMP_SKEW'
  | 'DEVICE_UNKNOWN'
  | 'DEVICE_REVOKED'
  | 'SIGNATURE_INVALID'
  | 'REPLAY';

export const AUTH_REASONS: Record<AuthRefusal, string> = {
  AUTH_MISSING: 'the request is not signed (x-kiosk-device, -timestamp, -nonce, -signature)',
  TIMESTAMP_SKEW: `the request time is more than ${MAX_CLOCK_SKEW_MS / 60_000} minutes from the server's`,
  DEVICE_UNKNOWN: 'no such device: enroll again',
  DEVICE_REVOKED: 'this device was revoked',
  SIGNATURE_INVALID: 'the signature does not verify',
  REPLAY: 'this request was received before',
};

export interface SignedRequest {
  method: string;
  /** The request target as received (path and query). */
  url: string;
  header(name: string): string | undefined;
  body: Uint8Array;
}

export type AuthResult =
  | { ok: true; device: DeviceKeyRow; nonce: string }
  | { ok: false; refusal: AuthRefusal; deviceId?: string };

export async function authenticateDevice(
  request: SignedRequest,
  deps: { db: Database; verifier: Ed25519Verifier; now: number },
): Promise<AuthResult> {
  const headers = readSignatureHeaders(request.header);
  if (!headers) return { ok: false, refusal: 'AUTH_MISSING' };
  const { deviceId } = headers;
  if (Math.abs(headers.timestamp - deps.now) > MAX_CLOCK_SKEW_MS)
    return { ok: false, refusal: 'TIMESTAMP_SKEW', deviceId };
  const device = await getDeviceKey(deps.db, deviceId);
  if (!device) return { ok: false, refusal: 'DEVICE_UNKNOWN', deviceId };
  if (device.revoked) return { ok: false, refusal: 'DEVICE_REVOKED', deviceId };
  const publicKey = decodeB64uExact(device.publicKey, 32);
  const signature = decodeB64uExact(headers.signature, 64);
  const message = signingBytes({
    method: request.method,
    path: request.url,
    deviceId,
    timestamp: headers.timestamp,
    nonce: headers.nonce,
    // Node's native SHA-256: the same bytes as the wire's bodyHashOf, several times faster.
    bodyHash: createHash('sha256').update(request.body).digest('base64url'),
  });
  if (!publicKey || !signature || !(await deps.verifier.verify(publicKey, signature, message))) {
    return { ok: false, refusal: 'SIGNATURE_INVALID', deviceId };
  }
  return { ok: true, device, nonce: headers.nonce };
}
