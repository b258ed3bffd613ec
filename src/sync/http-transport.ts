// The sync client's only door to the network: JSON over fetch with a timeout, signed with the
// device key when asked. It never throws for network trouble; callers get an answer or a
// `network` failure and decide what to retry.
import { encodeB64u, utf8 } from '../core';
import { signWithDeviceKey } from './device-key';
import { bodyHashOf, newNonce, signatureHeaders, signingBytes } from './wire';

export interface TransportDeps {
  fetch: typeof fetch;
  /** The device clock; `clockOffsetMs` corrects it to the server's (see sync-client.ts). */
  now: () => number;
  timeoutMs: number;
}

export type HttpResult =
  | { kind: 'answer'; status: number; body: unknown; headers: Headers }
  | { kind: 'network'; message: string };

export interface SigningDevice {
  deviceId: string;
  privateKey: CryptoKey | string;
}

export interface HttpRequest {
  serverUrl: string;
  method: 'GET' | 'POST' | 'PUT';
  /** The API path, e.g. `/api/sync/entries`: what is signed, appended to the server URL. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Signs the request with this device's key. */
  device?: SigningDevice;
  clockOffsetMs?: number;
}

/** The wire's body hash, by the platform's native SHA-256 where there is one (noble otherwise). */
async function hashBody(bytes: Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle) {
    try {
      return encodeB64u(
        new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
      );
    } catch {
      // an insecure context or an old engine: fall through to noble
    }
  }
  return bodyHashOf(bytes);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function send(request: HttpRequest, deps: TransportDeps): Promise<HttpResult> {
  const bytes = request.body === undefined ? new Uint8Array(0) : utf8(JSON.stringify(request.body));
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    if (request.device) {
      const timestamp = Math.round(deps.now() + (request.clockOffsetMs ?? 0));
      const nonce = newNonce();
      const toSign = signingBytes({
        method: request.method,
        path: request.path,
        deviceId: request.device.deviceId,
        timestamp,
        nonce,
        bodyHash: await hashBody(bytes),
      });
      const signature = encodeB64u(await signWithDeviceKey(request.device.privateKey, toSign));
      Object.assign(
        headers,
        signatureHeaders({ deviceId: request.device.deviceId, timestamp, nonce, signature }),
      );
    }
    const response = await deps.fetch(`${request.serverUrl}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: bytes as Uint8Array<ArrayBuffer> }),
      signal: AbortSignal.timeout(deps.timeoutMs),
      cache: 'no-store',
    });
    return {
      kind: 'answer',
      status: response.status,
      body: await readBody(response),
      headers: response.headers,
    };
  } catch (e) {
    return { kind: 'network', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
