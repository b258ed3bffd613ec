// The admin PIN at rest: salted PBKDF2-SHA-256 through WebCrypto, never the PIN itself. A
// 4–8 digit PIN is a small space, so the work factor and the lockout (pin-lock.ts) are what
// slow a guesser down; the hash only keeps the PIN out of a copied database.
import { decodeB64u, encodeB64u } from '../core';
import type { PinHash } from '../model';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600k; 210k keeps a weak tablet under ~1 s. */
export const PIN_ITERATIONS = 210_000;
/** Old hashes keep working as long as they meet this floor. */
const MIN_ITERATIONS = 100_000;
/** A damaged record must not freeze the tablet for hours in one derivation. */
const MAX_ITERATIONS = 5_000_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

const PIN_PATTERN = /^[0-9]{4,8}$/;

/** A PIN is 4 to 8 digits (ASCII only: a keypad enters nothing else). */
export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Hashes a new PIN with a fresh random salt. Throws on a PIN that is not 4–8 digits. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  if (!isValidPin(pin)) throw new RangeError('PIN must be 4 to 8 digits');
  if (!(iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS)) {
    throw new RangeError(`PBKDF2 iterations must be ${MIN_ITERATIONS}–${MAX_ITERATIONS}`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { salt: encodeB64u(salt), hash: encodeB64u(hash), iterations };
}

/** Compares every byte whatever the first difference, so timing says nothing about the PIN. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** True only if the PIN derives to the stored hash. A damaged or too-weak record never matches. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const salt = decodeB64u(stored.salt);
  const expected = decodeB64u(stored.hash);
  const iterationsOk =
    Number.isSafeInteger(stored.iterations) &&
    stored.iterations >= MIN_ITERATIONS &&
    stored.iterations <= MAX_ITERATIONS;
  if (!salt || salt.length < 8 || !expected || expected.length !== HASH_BYTES || !iterationsOk)
    return false;
  return equalBytes(await derive(pin, salt, stored.iterations), expected);
}
