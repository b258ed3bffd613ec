// Step 4 of spec §5 at its own level: the health colour from facts and the bundle's rules.
import { describe, expect, it } from 'vitest';
import { healthColor } from '../../src/core/colour-rules';
import { DEFAULT_RULES } from '../../src/issuer/trust-bundle-builder';
import { HOUR_MS, MINUTE_MS, type HealthFacts } from '../../src/core';

const NOW = Date.parse('2022-03-15T03:00:00Z');
const negative = (sampledAt: number, type: 'PCR' | 'RAT' = 'RAT'): HealthFacts => ({
  vaccination: null,
  test: { positive: false, sampledAt, type },
  recoveredFrom: null,
  recoveryWindow: null,
});

describe('health colour (spec §5 step 4)', () => {
  it('a negative test counts from its sample time for its hours', () => {
    expect(healthColor(negative(NOW - 10 * HOUR_MS), DEFAULT_RULES, NOW).reason).toBe(
      'TEST_NEGATIVE',
    );
    expect(healthColor(negative(NOW - 24 * HOUR_MS), DEFAULT_RULES, NOW).reason).toBe(
      'NO_VALID_STATUS',
    );
    expect(healthColor(negative(NOW - 48 * HOUR_MS, 'PCR'), DEFAULT_RULES, NOW).reason).toBe(
      'TEST_NEGATIVE',
    );
  });
  it('a negative test sampled in the future proves nothing yet (5 minutes of skew allowed)', () => {
    expect(healthColor(negative(NOW + 5 * MINUTE_MS), DEFAULT_RULES, NOW).reason).toBe(
      'TEST_NEGATIVE',
    );
    expect(healthColor(negative(NOW + 5 * MINUTE_MS + 1), DEFAULT_RULES, NOW)).toEqual({
      color: 'red',
      reason: 'NO_VALID_STATUS',
    });
    expect(healthColor(negative(NOW + 24 * HOUR_MS), DEFAULT_RULES, NOW).color).toBe('red');
  });
});
