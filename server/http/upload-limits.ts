// Limits on what one device may upload, answered 429 with Retry-After (seconds) and a body
// `{error, reason, retryAfter}`; a kiosk keeps its entries and tries again after that long.
//
//   RATE_LIMITED   more requests than a token bucket allows (burst, then a steady rate): a
//                  device in a retry loop, or a stolen key. Kept in this process's memory: with
//                  N server processes a device gets up to N times the rate, which is still a
//                  bound, and losing the buckets on restart only forgives a little.
//   DAILY_QUOTA    more entries stored today (UTC) than any door makes: in the database, so
//                  every process counts the same (server/store/device-intake.ts).

export interface UploadLimits {
  /** Requests a device may send at once before the rate applies. */
  burst: number;
  /** Requests per second a device may keep sending. */
  perSecond: number;
  /** Entries stored per device per UTC day; the day's first refusal comes after this. */
  entriesPerDay: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  burst: 120,
  perSecond: 20,
  entriesPerDay: 100_000,
};

export interface RateLimiter {
  /** 0 when the request may go ahead, else the seconds to wait. */
  take(key: string, now: number): number;
}

export function tokenBuckets(limits: Pick<UploadLimits, 'burst' | 'perSecond'>): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = 0;
  return {
    take(key, now) {
      if (now - lastSweep > 600_000) {
        // Buckets that have refilled completely carry no information: forget them.
        lastSweep = now;
        const full = (limits.burst / limits.perSecond) * 1000;
        for (const [k, b] of buckets) if (now - b.at > full) buckets.delete(k);
      }
      const b = buckets.get(key) ?? { tokens: limits.burst, at: now };
      b.tokens = Math.min(limits.burst, b.tokens + ((now - b.at) / 1000) * limits.perSecond);
      b.at = now;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / limits.perSecond));
    },
  };
}
