// Refused requests are security events: each is logged (warn) with what was claimed, so an
// operator can see forged, replayed or oversized traffic. Tests collect them instead.
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { redactPath } from './log-redaction';

export interface SecurityEvent {
  kind: string;
  path: string;
  ip: string;
  /** The device the request claimed to come from (not verified when refused). */
  deviceId?: string;
  detail?: string;
}

export type SecuritySink = (event: SecurityEvent) => void;

export function logSink(log: FastifyBaseLogger): SecuritySink {
  return (event) => log.warn({ security: event }, `refused: ${event.kind} ${event.path}`);
}

export function securityEvent(
  request: FastifyRequest,
  kind: string,
  extra: { deviceId?: string | undefined; detail?: string } = {},
): SecurityEvent {
  return {
    kind,
    path: redactPath(request.url.split('?')[0]!).slice(0, 200),
    ip: request.ip,
    ...(extra.deviceId ? { deviceId: extra.deviceId.slice(0, 40) } : {}),
    ...(extra.detail ? { detail: extra.detail.slice(0, 300) } : {}),
  };
}
