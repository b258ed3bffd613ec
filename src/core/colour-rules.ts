// Health colour of a valid signed code (spec §5 step 4), in the spec's order of precedence.
import type { HealthFacts } from './formats/facts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './times';
import type { Color, ColorReason } from './types';
import type { HealthRules } from './trust-bundle';

export interface ColorDecision {
  color: Color;
  reason: ColorReason;
}

/** A test sampled later than this ahead of the kiosk's clock proves nothing yet (step 4). */
const SAMPLE_SKEW_MS = 5 * MINUTE_MS;

export function healthColor(health: HealthFacts, rules: HealthRules, now: number): ColorDecision {
  const { vaccination: v, test: t, recoveredFrom: r } = health;

  // A current positive test outranks everything else the code says.
  if (t?.positive && now < t.sampledAt + rules.positiveIsolationDays * DAY_MS) {
    return { color: 'red', reason: 'TEST_POSITIVE' };
  }
  const vaccineWindow =
    v !== null &&
    v.lastDoseAt + rules.vaccineWaitDays * DAY_MS <= now &&
    now < v.lastDoseAt + rules.vaccineValidDays * DAY_MS;
  if (vaccineWindow && v.dose >= v.of) return { color: 'green', reason: 'VACCINATED_FULL' };
  const recoveryWindow = health.recoveryWindow;
  if (
    r !== null &&
    r <= now &&
    now < r + rules.recoveryValidDays * DAY_MS &&
    (!recoveryWindow || (recoveryWindow.from <= now && now < recoveryWindow.until))
  ) {
    return { color: 'green', reason: 'RECOVERED' };
  }
  if (vaccineWindow && v.dose >= 1) return { color: 'yellow', reason: 'VACCINATED_PARTIAL' };
  if (
    t &&
    !t.positive &&
    t.sampledAt <= now + SAMPLE_SKEW_MS &&
    now < t.sampledAt + rules.testValidHours[t.type] * HOUR_MS
  ) {
    return { color: 'yellow', reason: 'TEST_NEGATIVE' };
  }
  return { color: 'red', reason: 'NO_VALID_STATUS' };
}
