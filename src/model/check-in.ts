// What one check-in comes to, as the pipeline hands it to the screen.
import type { CheckResult } from '../core/types';
import type { Entry } from './entry';
import type { StoreErrorKind } from './store-error';

/** Where the time went inside the pipeline, for the scan timings (verify, then the commit). */
export interface StepTimings {
  verifyMs: number;
  storeMs: number;
}

export type CheckInOutcome = (
  | { kind: 'logged'; result: CheckResult; entry: Entry; saved: true }
  /** The verdict stands but the entry could not be written: the screen must say so. */
  | { kind: 'logged'; result: CheckResult; entry: Entry; saved: false; error: StoreErrorKind }
  /** Same pass identity within the duplicate window: no second entry. */
  | { kind: 'duplicate'; result: CheckResult; previous: Entry }
  /** Typed in by the guard: identity only, admitted on the guard's word. */
  | { kind: 'manual'; entry: Entry; saved: boolean }
) & { timings?: StepTimings };

export interface ManualCheckIn {
  name: string;
  idNumber: string;
}
