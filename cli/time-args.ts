// Instants on the command line: ISO 8601 (`2021-10-05T03:00:00Z`) or the QR spelling.
import { parseIsoInstant, parseQrTime } from '../src/core';
import { fail } from './usage-error';

export function parseInstantArg(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = parseIsoInstant(value) ?? parseQrTime(value);
  if (ms === null) fail(`${flag} wants an instant like 2021-10-05T03:00:00Z, not "${value}"`);
  return ms;
}

export function parseCountArg(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) fail(`${flag} wants a whole number, not "${value}"`);
  return Number(value);
}
