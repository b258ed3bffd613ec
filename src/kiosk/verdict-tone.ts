// Which of the verdict screen's six faces an outcome shows, and how long it stays: a pass
// that let someone through (or a duplicate of one) goes quickly, anything to read stays longer.
import type { CheckInOutcome, Direction, Settings } from '../model';

export type VerdictTone = 'admit' | 'review' | 'deny' | 'duplicate' | 'exit' | 'manual';

export function verdictTone(outcome: CheckInOutcome, direction: Direction): VerdictTone {
  if (outcome.kind === 'manual') return 'manual';
  if (outcome.kind === 'duplicate') return 'duplicate';
  const verdict = outcome.result.verdict;
  return direction === 'out' && verdict === 'admit' ? 'exit' : verdict;
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
