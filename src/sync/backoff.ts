// How long to wait after failures before trying the server again: exponential, capped, with
// jitter so that twenty kiosks that lost the same server do not come back in one burst.

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000 };

/**
 * The wait after `failures` consecutive failures (≥ 1): base·2^(failures−1), capped at max,
 * then scaled by a random factor in [0.5, 1) ("equal jitter": never zero, never above cap).
 */
export function backoffDelay(
  failures: number,
  random: () => number = Math.random,
  policy = DEFAULT_BACKOFF,
): number {
  if (failures <= 0) return 0;
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(exponential * (0.5 + random() / 2));
}
