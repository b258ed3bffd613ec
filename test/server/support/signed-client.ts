// A device as the server sees it, for tests that need to bend the protocol: enroll with a
// known key, then send signed requests whose every part (time, nonce, signature, body) can be
// set by hand. The happy path goes through the same wire functions the kiosk uses.
import { encodeB64u, utf8 } from '../../../src/core';
import { generateKeyPair, sign, type KeyPair } from '../../../src/issuer/keys';
import {
  bodyHashOf,
  enrollmentProofBytes,
  newNonce,
  normaliseEnrollmentCode,
  signatureHeaders,
  signingBytes,
  type EnrollResponse,
  type WireEntry,
} from '../../../src/sync/wire';

export interface TestDevice extends EnrollResponse {
  key: KeyPair;
  baseUrl: string;
}

export async function enrollTestDevice(
  baseUrl: string,
  code: string,
  label = 'test',
): Promise<TestDevice> {
  const key = generateKeyPair();
  const response = await enrollRaw(baseUrl, code, key, label);
  if (response.status !== 200)
    throw new Error(`enroll failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...(response.body as EnrollResponse), key, baseUrl };
}

export async function enrollRaw(
  baseUrl: string,
  code: string,
  key: KeyPair,
  label = 'test',
): Promise<{ status: number; body: unknown }> {
  const publicKey = encodeB64u(key.publicKey);
  // The proof covers the canonical code, as the kiosk's enrollDevice signs it.
  const proof = encodeB64u(
    sign(enrollmentProofBytes(normaliseEnrollmentCode(code) ?? code, publicKey), key.secretKey),
  );
  const res = await fetch(`${baseUrl}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, publicKey, proof, label }),
  });
  return { status: res.status, body: await res.json() };
}

export interface SendOptions {
  path?: string;
  /** Sign this path but send to `path` (a request redirected elsewhere). */
  signedPath?: string;
  timestamp?: number;
  nonce?: string;
  /** Sign with another key (a forgery). */
  signWith?: KeyPair;
  /** Send these bytes instead of the signed body (tampering in transit). */
  replaceBody?: Uint8Array;
  deviceId?: string;
}

export interface SentRequest {
  status: number;
  headers: Headers;
  /** The parsed answer; tests look into it freely. */
  body: any;
  /** Sends the identical request again (a replay). */
  replay(): Promise<{ status: number; headers: Headers; body: any }>;
}

export async function sendSigned(
  device: TestDevice,
  payload: unknown,
  opts: SendOptions = {},
): Promise<SentRequest> {
  const path = opts.path ?? '/api/sync/entries';
  const bytes = payload instanceof Uint8Array ? payload : utf8(JSON.stringify(payload));
  const timestamp = opts.timestamp ?? Date.now();
  const nonce = opts.nonce ?? newNonce();
  const deviceId = opts.deviceId ?? device.deviceId;
  const message = signingBytes({
    method: 'POST',
    path: opts.signedPath ?? path,
    deviceId,
    timestamp,
    nonce,
    bodyHash: bodyHashOf(bytes),
  });
  const signature = encodeB64u(sign(message, (opts.signWith ?? device.key).secretKey));
  const headers = {
    'content-type': 'application/json',
    ...signatureHeaders({ deviceId, timestamp, nonce, signature }),
  };
  const body = opts.replaceBody ?? bytes;
  const once = async () => {
    const res = await fetch(`${device.baseUrl}${path}`, {
      method: 'POST',
      headers,
      body: body as Uint8Array<ArrayBuffer>,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };
  const first = await once();
  return { ...first, replay: once };
}

export const upload = (device: TestDevice, entries: WireEntry[], opts?: SendOptions) =>
  sendSigned(device, { entries }, opts);
