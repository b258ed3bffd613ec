// A review waits for the guard, even across a reload: its entry is in the log before its
// verdict shows, undecided, and while it is on screen nothing else is checked in, so a review
// a reload interrupted is the log's newest entry. The kiosk reopens it with its buttons. One
// older than a working day is left as it is (the log shows it undecided): nobody still waits.
import type { CheckResult } from '../core';
import type { Entry } from '../model';

export const PENDING_REVIEW_MAX_AGE_MS = 12 * 60 * 60_000;

/** Whether `entry` is a review still waiting for the guard's decision, worth reopening now. */
export function isPendingReview(entry: Entry | undefined, now: number): entry is Entry {
  return (
    entry !== undefined &&
    entry.verdict === 'review' &&
    entry.decision === null &&
    entry.direction === 'in' &&
    entry.format !== 'manual' &&
    entry.at <= now &&
    now - entry.at <= PENDING_REVIEW_MAX_AGE_MS
  );
}

/**
 * The verdict as the log kept it, for the screen: masked identity only (the full name was
 * never stored), the format, colour and reasons as decided then.
 */
export function resultFromEntry(entry: Entry): CheckResult {
  return {
    format: entry.format === 'manual' ? 'unknown' : entry.format,
    verdict: entry.verdict,
    color: entry.color,
    reasons: entry.reasons,
    holder: { name: entry.maskedName, birthYear: entry.birthYear, maskedId: entry.maskedId },
    passId: entry.passId,
    passHash: entry.passHash,
    kid: entry.kid,
    details: null,
  };
}
