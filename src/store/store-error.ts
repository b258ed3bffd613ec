// Every way a write can fail, reduced to the three the guard's screen knows about. A failed
// write always becomes a StoreError; it is never swallowed, so no entry is lost in silence.
import { StoreError } from '../model';

type Kind = StoreError['kind'];

/** DOMException names that mean the database itself is gone or cannot be reached. */
const UNAVAILABLE = new Set([
  'InvalidStateError',
  'NotFoundError',
  'VersionError',
  'SecurityError',
]);

export function toStoreError(error: unknown, fallback: Kind = 'write'): StoreError {
  if (error instanceof StoreError) return error;
  const name = error instanceof Error || isDomException(error) ? error.name : '';
  const message = error instanceof Error || isDomException(error) ? error.message : String(error);
  // Chromium and Safari name it QuotaExceededError; old engines used code 22 on a DOMException.
  if (name === 'QuotaExceededError' || (isDomException(error) && error.code === 22)) {
    return new StoreError('quota', `Storage is full: ${message}`);
  }
  if (UNAVAILABLE.has(name))
    return new StoreError('unavailable', `Database unavailable: ${name} ${message}`);
  return new StoreError(fallback, `${name || 'Error'}: ${message}`);
}

function isDomException(e: unknown): e is DOMException {
  return typeof DOMException !== 'undefined' && e instanceof DOMException;
}
