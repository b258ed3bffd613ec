// Enrollment from the kiosk: make the device key (or use the one a first attempt stored),
// prove it holds it, and trade the one-time code for a venue, a device id, the root keys to
// pin and the current trust bundle. The server answers a retry of the same code with the same
// key as the first time, so a kiosk whose answer was lost asks again with its stored key.
import { encodeB64u } from '../core';
import type { DeviceIdentity, DeviceKeyPair, EnrollFailure, EnrollOutcome } from '../model';
import { createDeviceKey, signWithDeviceKey } from './device-key';
import { send, type TransportDeps } from './http-transport';
import {
  API_PATHS,
  checkEnrollResponse,
  enrollmentProofBytes,
  normaliseEnrollmentCode,
  normaliseServerBase,
  readErrorBody,
  type EnrollRequest,
} from './wire';

/** The server's refusal codes, in the words the setup wizard shows. */
const FAILURES: Record<string, EnrollFailure> = {
  CODE_UNKNOWN: 'code-invalid',
  CODE_MALFORMED: 'code-invalid',
  CODE_USED: 'code-used',
  CODE_EXPIRED: 'code-expired',
};

export interface EnrollOptions {
  transport: TransportDeps;
  keyKind?: 'auto' | 'noble';
  /** Shown on the owner page beside the device id, e.g. "Front door". */
  label?: string;
  /** The key of an attempt already made with this code; a new one is made without it. */
  key?: DeviceKeyPair;
}

export async function enrollDevice(
  serverUrl: string,
  codeText: string,
  options: EnrollOptions,
): Promise<EnrollOutcome> {
  const base = normaliseServerBase(serverUrl);
  const code = normaliseEnrollmentCode(codeText);
  if (!base) return { ok: false, reason: 'network', detail: 'not a server address' };
  if (!code) return { ok: false, reason: 'code-invalid' };
  const key = options.key ?? (await createDeviceKey(options.keyKind));
  const proof = encodeB64u(
    await signWithDeviceKey(key.privateKey, enrollmentProofBytes(code, key.publicKey)),
  );
  const body: EnrollRequest = {
    code,
    publicKey: key.publicKey,
    proof,
    ...(options.label ? { label: options.label } : {}),
  };
  const result = await send(
    { serverUrl: base, method: 'POST', path: API_PATHS.enroll, body },
    options.transport,
  );
  if (result.kind === 'network') return { ok: false, reason: 'network', detail: result.message };
  if (result.status !== 200) {
    const error = readErrorBody(result.body, result.status);
    return {
      ok: false,
      reason: FAILURES[error.error] ?? 'server',
      detail: `${result.status} ${error.error}`,
    };
  }
  const answer = checkEnrollResponse(result.body);
  if (!answer.ok) return { ok: false, reason: 'server', detail: answer.reason };
  const { venueId, venueName, deviceId, roots, bundle, venueSecret } = answer.value;
  const device: DeviceIdentity = {
    deviceId,
    venueId,
    venueName,
    publicKey: key.publicKey,
    privateKey: key.privateKey,
    enrolledAt: options.transport.now(),
    ...(options.label ? { label: options.label } : {}),
  };
  return {
    ok: true,
    enrollment: { device, roots, bundle, ...(venueSecret ? { venueSecret } : {}) },
  };
}
