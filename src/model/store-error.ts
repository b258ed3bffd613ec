// A write that did not happen, reduced to the three kinds the guard's screen knows about.

export type StoreErrorKind = 'quota' | 'write' | 'unavailable';

/** A write that did not happen; the verdict screen must say the entry was not saved. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
