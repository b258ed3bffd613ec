// Which of the verdict screen's six faces an outcome shows, and how long it stays: a pass
// that let someone through (or a repeat of one) goes quickly, anything to read stays longer,
// and a review waits for the guard's decision (or the venue's review timeout, if it has one).
import { REVIEW_TIMEOUT_MIN_SEC, type CheckInOutcome, type Settings } from '../model';

export type VerdictTone = 'admit' | 'review' | 'deny' | 'duplicate' | 'exit' | 'manual';

/** By the direction the entry was logged in, which the kiosk's setting may have left since. */
export function verdictTone(outcome: CheckInOutcome): VerdictTone {
  if (outcome.kind === 'manual') return 'manual';
  if (outcome.kind === 'duplicate') return 'duplicate';
  const verdict = outcome.result.verdict;
  return outcome.entry.direction === 'out' && verdict === 'admit' ? 'exit' : verdict;
}

/** A saved review entry still without the guard's decision: the verdict waits for one. */
export function awaitsDecision(outcome: CheckInOutcome): boolean {
  return (
    outcome.kind === 'logged' &&
    outcome.saved &&
    outcome.entry.verdict === 'review' &&
    outcome.entry.decision === null
  );
}

/** Seconds before the screen goes back to scanning by itself. */
export function autoReturnSeconds(
  tone: VerdictTone,
  settings: Pick<Settings, 'autoReturnAdmitSec' | 'autoReturnOtherSec'>,
): number {
  return tone === 'admit' || tone === 'exit' || tone === 'duplicate'
    ? settings.autoReturnAdmitSec
    : settings.autoReturnOtherSec;
}

/** Seconds an open review waits before it closes undecided; null: until the guard decides. */
export function reviewTimeoutSeconds(settings: Pick<Settings, 'reviewTimeoutSec'>): number | null {
  const seconds = settings.reviewTimeoutSec;
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(REVIEW_TIMEOUT_MIN_SEC, seconds) : null;
}

/** How long this outcome's verdict stays: null while it waits for the guard. */
export function verdictStaysSeconds(
  outcome: CheckInOutcome,
  settings: Pick<Settings, 'autoReturnAdmitSec' | 'autoReturnOtherSec' | 'reviewTimeoutSec'>,
): number | null {
  return awaitsDecision(outcome)
    ? reviewTimeoutSeconds(settings)
    : autoReturnSeconds(verdictTone(outcome), settings);
}
